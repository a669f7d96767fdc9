"""One-year project tables with a 测算依据 block of quantities and unit prices under the money
head: amounts in 万元 or in 元 carried by number formats, a contract amount in 元 (qk01–qk06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout235.common import (
    ONE,
    OPS,
    basis,
    book,
    indicators,
    one_year_money,
    price,
    qty,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout235.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("qk01-sorting-supervisors-basis", (1, 12), "one-year project, NAT-2021, a "
         "测算依据 block with unit prices in 元 beside amounts in 万元, a rate shown 100% "
         "(correct)")  # fmt: skip
def qk01() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="生活垃圾分类督导宣传项目", dept="岚川县城市管理局（412）",
        unit="岚川县环境卫生服务中心",
        money=one_year_money(wan(128.64), wan(120), wan(8.64)),
        goals=["2026年在城区46个居民小区配备垃圾分类督导员96人，更新分类投放点位标识420处，"
               "开展入户宣传36场，居民垃圾分类知晓率达到95%以上。"],
    )  # fmt: skip
    basis(s, [
        ("督导员劳务补贴", qty(96, "人"), price(8400, "人"), wan(80.64), "每人每年8400元"),
        ("分类宣传品印制", qty(60000, "份"), price(3.5, "份"), wan(21), "折页、入户告知书"),
        ("投放点位标识更新", qty(420, "处"), price(450, "处"), wan(18.9), "含制作安装"),
        ("入户宣传活动", qty(36, "场"), price(2250, "场"), wan(8.1), "物料及场地"),
    ], wan(128.64))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "配备垃圾分类督导员", "≥96人"),
        (None, None, "覆盖居民小区", "≥46个"),
        (None, None, "发放分类宣传品", "≥60000份"),
        (None, None, "更新分类投放点位标识", "≥420处"),
        (None, None, "开展入户宣传活动", "≥36场"),
        (None, "质量指标", "分类投放点位标识规范率", pct(1)),
        (None, "时效指标", "督导员上岗时间", "2026年3月31日前"),
        ("成本指标", "经济成本指标", "督导员人均年劳务补贴", "≤8400元/人"),
        (None, None, "宣传品单份印制成本", "≤3.5元/份"),
        ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥95%"),
        (None, "生态效益指标", "其他垃圾清运量较上年下降率", "≥5%"),
        (None, "可持续影响指标", "小区垃圾分类督导长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "居民对垃圾分类工作满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韩沐秋", "邓启航", "0739-62158804")
    return b


@variant("qk02-sweeping-basis-off", (1, 12), "one-year project, OLD-NAT, a 测算依据 "
         "block whose lines add up to 245.6 under a 合计 of 246.6; a 达标率 typed 102% "
         "(stored 1.02)")  # fmt: skip
def qk02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="城区道路机械化清扫保洁项目", dept="汀湄县城市管理局（309）",
        unit="汀湄县环境卫生管理所",
        money=one_year_money(wan(246.6), wan(226.6), wan(20)),
        goals=["2026年对城区186万平方米道路实施机械化清扫，主次干道机扫覆盖率达到95%以上，"
               "道路扬尘投诉明显减少。"],
    )  # fmt: skip
    total = mk(wan(246.6), "B102", "error", row=True, alt=("B101",),
               note="42.6 + 18 + 175.4 + 9.6 = 245.6, not 246.6")  # fmt: skip
    basis(s, [
        ("洗扫车燃油", qty(60000, "升"), price(7.1, "升"), wan(42.6), "12台车全年作业"),
        ("车辆维修保养", qty(12, "台"), price(15000, "台"), wan(18), "定点维修"),
        ("作业人员劳务", qty(50, "人"), price(35080, "人"), wan(175.4), "驾驶员及随车保洁员"),
        ("车辆保险及年检", qty(12, "台"), price(8000, "台"), wan(9.6), None),
    ], total)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "机械化清扫道路面积", "≥186万平方米"),
        (None, None, "投入机扫作业车辆", "≥12台"),
        (None, "质量指标", "机扫道路保洁质量达标率",
         mk(pct(1.02), "T106", "error", note="shown 102%: a 达标率 caps at 100%")),
        (None, None, "主次干道机扫覆盖率", "≥95%"),
        (None, "时效指标", "雨雪天气后道路恢复保洁时间", "≤4小时"),
        (None, "成本指标", "单位面积年机扫作业成本", "≤1.32元/平方米"),
        ("效益指标", "社会效益指标", "道路扬尘投诉件数较上年下降率", "≥10%"),
        (None, "生态效益指标", "城区道路降尘量", "较上年下降"),
        (None, "可持续影响指标", "机扫作业质量考核机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿街商户及居民满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "罗景川", "彭雅岚", "0745-73316092")
    return b


@variant("qk03-toilets-in-yuan", (1, 12), "one-year project, NAT-2021, money in 元 "
         "everywhere (head, 测算依据, a contract amount in the text), a rate shown 100% "
         "(correct)")  # fmt: skip
def qk03() -> Book:
    b, s = book("公厕管护")
    project_head(
        s, year=2026, name="公共厕所保洁管护项目", dept="泊湾区城市管理和综合执法局（118）",
        unit="泊湾区市容环境卫生管理站", money_label="项目资金（元）",
        money=one_year_money(yuan(1286000), yuan(1086000), yuan(200000)),
        goals=["2026年对辖区48座公共厕所实施全天候保洁管护，保洁质量考核达标率不低于95%，"
               "设施完好率100%。"],
    )  # fmt: skip
    basis(s, [
        ("公厕保洁外包服务", qty(48, "座"), price(21500, "座"), yuan(1032000),
         "按保洁服务合同，合同金额1,032,000元"),
        ("公厕耗材", qty(48, "座"), price(2500, "座"), yuan(120000), "洗手液、厕纸等"),
        ("设施小型维修", qty(48, "座"), price(2000, "座"), yuan(96000), None),
        ("水电费", qty(1, "项"), price(38000, "项"), yuan(38000), "按上年实际支出测算"),
    ], yuan(1286000), unit="元")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "保洁管护公共厕所", "≥48座"),
        (None, "质量指标", "公厕保洁质量考核达标率", "≥95%"),
        (None, None, "公厕设施完好率", pct(1)),
        (None, "时效指标", "公厕设施故障修复时间", "≤24小时"),
        ("成本指标", "经济成本指标", "单座公厕年保洁服务成本", "≤21500元/座"),
        ("效益指标", "社会效益指标", "公厕环境卫生投诉件数", "≤12件"),
        (None, "可持续影响指标", "公厕保洁服务监管考核机制", "有效运行"),
        ("满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "宋以宁", "戴鸿博", "0712-85520371")
    return b


@variant("qk04-transfer-total-in-yuan", (1, 9, 12), "one-year project, NAT-2021, 万元 "
         "head whose total is typed in 元 (3,260,000.00元); a contract amount split by a "
         "space")  # fmt: skip
def qk04() -> Book:
    b, s = book("Sheet1")
    total = mk(yuan(3260000), "B105", "error", row=True, alt=("B110", "B101"),
               note="3,260,000.00元 under 项目资金（万元）, beside 300万元 + 26万元")  # fmt: skip
    project_head(
        s, year=2026, name="生活垃圾转运站运行维护项目", dept="沅桂市城市管理局（207）",
        unit="沅桂市生活垃圾处理中心",
        money=one_year_money(total, wan(300), wan(26)),
        goals=["2026年保障城区4座生活垃圾转运站稳定运行，日均转运生活垃圾680吨以上，"
               "渗滤液全部达标排放。"],
    )  # fmt: skip
    split = mk("250.000 0", "X105", "warning", alt=("X103",),
               note="pasted from a PDF: 250.0000 split by a space")  # fmt: skip
    basis(s, [
        ("转运站运行外包服务", qty(4, "座"), price(625000, "座"), split, "运营服务合同年度金额"),
        ("压缩设备维修保养", qty(4, "座"), price(65000, "座"), wan(26), None),
        ("除臭药剂", qty(10000, "公斤"), price(50, "公斤"), wan(50), None),
    ], wan(326))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "运行维护生活垃圾转运站", "≥4座"),
        (None, None, "生活垃圾日均转运量", "≥680吨"),
        (None, "质量指标", "转运站渗滤液达标排放率", pct(1)),
        (None, "时效指标", "转运站设备故障修复时间", "≤24小时"),
        ("成本指标", "经济成本指标", "单座转运站年运行服务成本", "≤62.5万元/座"),
        ("效益指标", "生态效益指标", "转运站周边异味投诉件数", "≤6件"),
        (None, "社会效益指标", "城区生活垃圾无害化处理率", "100%"),
        ("满意度指标", "服务对象满意度指标", "转运站周边居民满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "冯嘉树", "陆晚晴", "0771-36120958")
    return b


@variant("qk05-streetlights-carried-over", (1, 9, 12), "one-year project, NAT-2021, operator and "
         "unit columns, 当年拨款 + 上年结转 (a bracketed note) + 其他资金, rates shown 98% / 90%, "
         "=0起 (correct)")  # fmt: skip
def qk05() -> Book:
    b, s = book("路灯维护", (14, 18, 30, 12, 18, 22))
    carried = ok("88万(其中设备更新52万元)", note="a legitimate note in brackets: read as 88万")
    project_head(
        s, year=2026, name="城市道路照明设施维护项目", dept="梧溪市城市管理局（305）",
        unit="梧溪市市政设施管理处",
        money=[("年度资金总额", wan(386.5), None, None),
               ("其中：当年财政拨款", wan(280), "上年结转", carried),
               ("其他资金", wan(18.5), None, None)],
        goals=["2026年维护城区道路照明路灯12600盏，更换LED节能灯具1500盏，主次干道亮灯率"
               "保持在98%以上，故障路灯48小时内修复。"],
    )  # fmt: skip
    basis(s, [
        ("路灯日常维护", qty(12600, "盏"), price(180, "盏"), wan(226.8), "含灯杆、线缆巡检"),
        ("LED节能灯具更换", qty(1500, "盏"), price(650, "盏"), wan(97.5), "含拆装"),
        ("高空作业车租赁", qty(24, "台·月"), price(13000, "台·月"), wan(31.2), "2台×12个月"),
        ("应急抢修", qty(1, "项"), price(310000, "项"), wan(31), None),
    ], wan(386.5))  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "维护城市道路照明路灯", "≥", 12600, "盏"),
        (None, None, "更换LED节能灯具", "≥", 1500, "盏"),
        (None, "质量指标", "主次干道路灯亮灯率", "≥", pct(0.98), "%"),
        (None, "时效指标", "故障路灯修复时间", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "单盏路灯年维护成本", "≤", 180, "元/盏"),
        (None, None, "LED灯具采购安装单价", "≤", 650, "元/盏"),
        ("效益指标", "生态效益指标", "道路照明节电率", "≥", 15, "%"),
        (None, "社会效益指标", "因照明故障引发的交通事故", "=", 0, "起"),
        (None, "可持续影响指标", "路灯设施智慧化巡检机制", None, "建立并运行", None),
        ("满意度指标", "服务对象满意度指标", "市民对道路照明满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "程予安", "姚书禾", "0756-27741163")
    return b


@variant("qk06-back-lanes-cost-cap", (9, 12), "one-year project, NAT-2021, a grant pasted twice "
         "(72万72万), a cost cap × count above the money, a deadline in the next year")  # fmt: skip
def qk06() -> Book:
    b, s = book("Sheet1")
    twice = mk("72万72万(含保洁作业经费)", "X106", "error", note="the amount pasted twice: 72万")
    project_head(
        s, year=2026, name="农贸市场及背街小巷环境卫生整治项目", dept="澜桥区城市管理局（116）",
        unit="澜桥区环境卫生管理所",
        money=one_year_money(wan(96), twice, wan(24)),
        goals=["2026年对辖区120条背街小巷实施常态化保洁，完成8个农贸市场环境卫生集中整治，"
               "更新垃圾桶600个。"],
    )  # fmt: skip
    basis(s, [
        ("背街小巷保洁作业", qty(120, "条"), price(5000, "条"), wan(60), "按保洁服务合同"),
        ("农贸市场清洗消杀", qty(8, "个"), price(30000, "个"), wan(24), None),
        ("垃圾桶更新", qty(600, "个"), price(200, "个"), wan(12), None),
    ], wan(96))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "常态化保洁背街小巷", "≥120条"),
        (None, None, "集中整治农贸市场", "≥8个"),
        (None, None, "更新垃圾桶", "≥600个"),
        (None, "质量指标", "背街小巷保洁考核合格率", "≥90%"),
        (None, "时效指标", "农贸市场集中整治完成时间",
         mk("2027年6月30日前", "Y102", "error", note="a one-year project of 2026")),
        ("成本指标", "经济成本指标", "单条背街小巷年保洁成本",
         mk("≤1.2万元/条", "B107", "warning", row=True,
            note="1.2万 × 120条 = 144万 > 96万 (the basis gives 0.5万元/条)")),
        ("效益指标", "社会效益指标", "农贸市场环境卫生投诉件数较上年下降率", "≥20%"),
        (None, "可持续影响指标", "背街小巷保洁长效管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边居民及商户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "许知遥", "鲁定邦", "0731-54471286")
    return b
