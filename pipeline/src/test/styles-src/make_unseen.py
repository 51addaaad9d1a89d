#!/usr/bin/env python3
"""Writes four whole plans in unseen layouts into the drafting-styles catalogue
(src/test/resources/styles/u*.{txt,html} with NAME.expected), and, given a folder, gold JSON in
the schema of the shared scorer for them. Each plan is built from one list of domains, goals and
measures, then rendered as a web or PDF text would carry it: hard-wrapped PDF text with running
headers and page numbers and no form feeds; a reposted web page with <ol> lists, site chrome and
a goal-range unit note; a notice-wrapped plan flattened to one line per domain with ★ noise; a
十四五 sector plan with chapter domains and an annex task table."""
import json, os, sys
OUT=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "styles")
GOLD=sys.argv[1] if len(sys.argv) > 1 else None
NOTES={"u1-pdf-like":"whole plan: hard-wrapped PDF text, running headers and page numbers without form feeds",
       "u2-web-ol":"whole plan: web repost, <ol> goals, site chrome, <title> with site suffix, goal-range unit note",
       "u3-flattened":"whole plan: 印发通知 wrapper, each domain flattened to one line, ★ noise",
       "u4-sector-annex":"whole plan: 十四五 sector chapters as domains, annex task table with units"}
def gold(doc, title, region, period, domains, units=()):
    d={"doc":doc,"title":title,"region":region,"period":{"start":period[0],"end":period[1]},
       "domains":[{"name":n,"goals":[{"n":i+1,"text":g} for i,g in enumerate(gs)],
                   "measures":[{"n":i+1,"title":m.split('。')[0]} for i,m in enumerate(ms)]} for n,gs,ms in domains],
       "targets":[], "measure_targets":[], "units":[{"domain":dn,"goal":gn,"lead":l,"responsible":r} for dn,gn,l,r in units]}
    base=doc.rsplit(".",1)[0]
    if GOLD:
        json.dump(d, open(f'{GOLD}/{base}.json','w'), ensure_ascii=False, indent=1)
    byGoal={(dn,gn):(l,r) for dn,gn,l,r in units}
    lines=["# "+NOTES[base],"title\t"+title]
    for n,gs,ms in domains:
        lines.append("domain\t"+n)
        for i,g in enumerate(gs):
            line="goal\t%d\t%s"%(i+1,g[:10])
            if (n,i+1) in byGoal:
                l,r=byGoal[(n,i+1)]
                line+="\t"+",".join(["lead:"+x for x in l]+["cooperating:"+x for x in r])
            lines.append(line)
        lines.append("measures\t%d"%len(ms))
    open(f'{OUT}/{base}.expected','w').write("\n".join(lines)+"\n")

CH=[("儿童与健康",["新生儿死亡率控制在3‰以下。","婴儿死亡率控制在4‰以下。","5岁以下儿童死亡率控制在5‰以下。","0-6个月婴儿纯母乳喂养率达到50%以上。","儿童近视率明显下降。","3岁以下儿童系统管理率达到90%以上。"],
     ["优先保障儿童健康。将儿童健康理念融入经济社会发展政策。","完善儿童健康服务体系。加强县乡村三级儿童保健服务网络建设。","加强出生缺陷综合防治。落实三级预防措施。"]),
    ("儿童与安全",["儿童伤害死亡率以2020年为基数下降20%。","儿童溺水死亡率持续下降。","儿童道路交通伤害死亡率以2020年为基数下降30%。"],
     ["创建儿童安全环境。强化安全意识。","预防和控制儿童溺水。加强水域安全管理。"]),
    ("儿童与教育",["学前教育毛入园率达到92%以上。","九年义务教育巩固率达到97%。","高中阶段毛入学率达到95%。","儿童科学素质全面提升。"],
     ["全面落实立德树人根本任务。","推进学前教育普及普惠发展。","提升义务教育均衡发展水平。"]),
    ("儿童与福利",["提高儿童医疗保障水平。","扩大儿童福利范围。","孤儿基本生活保障水平稳步提高。"],
     ["完善儿童福利制度。","加强困境儿童分类保障。"]),
]
# U1: PDF-like txt with running headers, page numbers, hard wrap
def u1():
    title="融安县儿童发展规划（2021—2030年）"
    lines=["融安县儿童发展规划","（2021—2030年）","","一、指导思想","坚持以习近平新时代中国特色社会主义思想为指导，坚持儿童优先原则，促进儿童全面发展。","二、发展领域、主要目标和策略措施"]
    cn="一二三四五六七八九十"
    units=[]
    for k,(dn,gs,ms) in enumerate(CH):
        lines.append(f"（{cn[k]}）{dn}")
        lines.append("1.主要目标")
        for i,g in enumerate(gs):
            lines.append(f"（{i+1}）{g}")
        lines.append("2.策略措施")
        for i,m in enumerate(ms):
            lines.append(f"（{i+1}）{m}" + "加强统筹协调，形成工作合力，推动各项任务落到实处。")
    # hard wrap at 34 chars and insert running header/page numbers every 18 lines
    wrapped=[]
    for l in lines:
        while len(l)>34:
            wrapped.append(l[:34]); l=l[34:]
        wrapped.append(l)
    out=[];page=1
    for i,l in enumerate(wrapped):
        out.append(l)
        if i%18==17:
            out.append(f"— {page} —"); page+=1; out.append("融安县儿童发展规划（2021—2030年）")
    out.append(f"— {page} —")
    open(f'{OUT}/u1-pdf-like.txt','w').write("\n".join(out)+"\n")
    gold("u1-pdf-like.txt",title,{"name":"融安县","level":"县","province":"广西壮族自治区","city":"柳州市"},(2021,2030),
         [(dn,gs,[m+"加强统筹协调，形成工作合力，推动各项任务落到实处。" for m in ms]) for dn,gs,ms in CH])
# U2: html repost with chrome, <ol>, range note units
WO=[("妇女与健康",["妇女人均预期寿命延长。","孕产妇死亡率控制在10/10万以下。","适龄妇女宫颈癌人群筛查率达到70%以上。","妇女经常参加体育锻炼的人数比例提高。"],["完善妇女健康服务体系。","加强妇女全生命周期健康管理。"]),
    ("妇女与经济",["促进妇女平等就业。","城镇单位就业人员中的女性比例保持在40%左右。","农村妇女增收渠道不断拓宽。"],["保障妇女平等就业权利。","促进农村妇女增收致富。"]),
    ("妇女与法律",["妇女权益保障法规政策更加完善。","预防和制止针对妇女的家庭暴力。"],["完善保障妇女权益的法规政策。"])]
def u2():
    title="蒙山县妇女发展规划（2021—2030年）"
    h=[f"<html><head><title>{title}_蒙山县人民政府门户网站</title></head><body>",
       "<div>当前位置：首页 &gt; 政务公开 &gt; 规划计划</div><div>发布日期：2022-06-01 来源：县妇儿工委</div>",
       "<p>前言</p><p>为促进妇女全面发展，制定本规划。</p>"]
    cn="一二三四五六七八九十"
    units=[]
    for k,(dn,gs,ms) in enumerate(WO):
        h.append(f"<p><strong>{cn[k]}、{dn}</strong></p><p>（一）主要目标</p><ol>")
        h+= [f"<li>{g}</li>" for g in gs]
        h.append("</ol>")
        if k==0:
            h.append("<p>上述目标中，第1至3项由县卫生健康局牵头，县医疗保障局配合；第4项由县文化体育和旅游局牵头。</p>")
            units=[(dn,1,["县卫生健康局"],["县医疗保障局"]),(dn,2,["县卫生健康局"],["县医疗保障局"]),(dn,3,["县卫生健康局"],["县医疗保障局"]),(dn,4,["县文化体育和旅游局"],[])]
        h.append("<p>（二）策略措施</p><ol>")
        h+= [f"<li>{m}</li>" for m in ms]
        h.append("</ol>")
    h.append("<div>【打印本页】【关闭窗口】 主办单位：蒙山县人民政府办公室</div></body></html>")
    open(f'{OUT}/u2-web-ol.html','w').write("\n".join(h))
    gold("u2-web-ol.html",title,{"name":"蒙山县","level":"县","province":"广西壮族自治区","city":"梧州市"},(2021,2030),WO,units)
# U3: flattened, traditional chars in title/headings, notice wrapper, star noise, one line per domain
def u3():
    title="陆川县儿童发展规划（2021—2030年）"
    parts=[f"陆川县人民政府关于印发{title}的通知","各镇人民政府，县直各有关单位：现将《"+title+"》印发给你们，请认真贯彻执行。","陆川县人民政府","2022年4月6日"]
    cn="一二三四五六七八九十"
    for k,(dn,gs,ms) in enumerate(CH):
        s=f"{cn[k]}、{dn} (一)主要目标: "+"".join(f"{i+1}.{g}" for i,g in enumerate(gs))+" (二)策略措施: "+"".join(f"{i+1}.{m}" for i,m in enumerate(ms))
        parts.append("★"+s if k==1 else s)
    open(f'{OUT}/u3-flattened.txt','w').write("\n".join(parts)+"\n")
    gold("u3-flattened.txt",title,{"name":"陆川县","level":"县","province":"广西壮族自治区","city":"玉林市"},(2021,2030),CH)
# U4: sector plan chapters + annex table
HE=[("提升医疗服务能力",["每千人口执业（助理）医师数达到3.0人。","每千人口医疗卫生机构床位数达到6.2张。","县域内就诊率达到90%以上。"],["推进县域医共体建设。","加强重点专科建设。"]),
    ("强化公共卫生服务",["传染病报告及时率达到98%以上。","居民健康素养水平达到25%。"],["完善疾病预防控制体系。","深入开展爱国卫生运动。"])]
def u4():
    title="藤县“十四五”卫生健康事业发展规划"
    L=[title,"第一章 发展基础","“十三五”时期，全县卫生健康事业取得显著成效。","第二章 指导思想和发展目标","一、指导思想","坚持人民至上、生命至上。","二、发展目标","到2025年，基本建成优质高效的整合型医疗卫生服务体系。"]
    cn="三四五六"
    for k,(dn,gs,ms) in enumerate(HE):
        L.append(f"第{cn[k]}章 {dn}")
        L.append("一、主要目标")
        L+= [f"{i+1}.{g}" for i,g in enumerate(gs)]
        L.append("二、主要任务")
        L+= [f"（{'一二三'[i]}）{m}" for i,m in enumerate(ms)]
    L+=["第五章 保障措施","加强组织领导。","附件","藤县“十四五”卫生健康事业发展规划目标任务分解表","领域\t目标序号\t牵头单位\t配合单位",
        "提升医疗服务能力\t1\t县卫生健康局\t县人力资源和社会保障局","提升医疗服务能力\t3\t县卫生健康局\t县医疗保障局","强化公共卫生服务\t2\t县卫生健康局\t县教育局"]
    open(f'{OUT}/u4-sector-annex.txt','w').write("\n".join(L)+"\n")
    gold("u4-sector-annex.txt",title,{"name":"藤县","level":"县","province":"广西壮族自治区","city":"梧州市"},(2021,2025),HE,
         [("提升医疗服务能力",1,["县卫生健康局"],["县人力资源和社会保障局"]),("提升医疗服务能力",3,["县卫生健康局"],["县医疗保障局"]),("强化公共卫生服务",2,["县卫生健康局"],["县教育局"])])
u1();u2();u3();u4()
