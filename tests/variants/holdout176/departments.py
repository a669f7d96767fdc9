"""部门整体 tables and stacked projects of the 176th held-out set: a county 交通运输局, a city
公路事业发展中心 and 交通运输局, and a 执法大队's two stacked projects (治超站运行, 道路运输安全
监管执法)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout176.common import indicators, one_year, signature, wan
from tests.variants.holdout176.registry import variant
from tests.variants.kit import Book, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("od06-county-bureau-department", (12,), "department, NAT-2021, county 交通运输局: money "
         "and key tasks that add up, 超限率 and 投诉数量 capped with ≤, =0起 accidents, a "
         "standard × bridges equal to the task's money")  # fmt: skip
def od06() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 16))
    department_head(s, year=2026, dept="桐坪县交通运输局",
                    budget=[(wan(3260), wan(3010), wan(250), wan(1180), wan(2080))],
                    tasks=[
                        ("农村公路养护", "县乡村道日常养护及病害处治", wan(980),
                         "完成农村公路养护560公里"),
                        ("危桥改造", "改造县乡道危桥4座", wan(520), "危桥改造4座并通过交工验收"),
                        ("客运站运营补助", "补助乡镇客运站运营", wan(180), "保障农村客运正常运行"),
                        ("交通运输综合执法", "路政巡查、治超及运输市场执法", wan(400),
                         "查处违法超限运输，降低货车超限率"),
                        ("金额合计", None, wan(2080), None),
                    ],
                    goal="围绕农村公路养护、危桥改造、农村客运和综合执法，完成养护里程"
                         "560公里、改造危桥4座，货车超限率控制在2%以内，"
                         "道路运输安全形势保持稳定。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "农村公路养护里程", "≥560公里"),
        (None, None, "危桥改造数量", "≥4座"),
        (None, None, "路政巡查里程", "≥18000公里"),
        (None, "质量指标", "农村公路优良中等路率", "≥82%"),
        (None, "时效指标", "危桥改造完工时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "农村公路养护单价", "≤1.5万元/公里"),
        (None, None, "单座危桥改造成本", "≤130万元/座"),
        ("效益指标", "社会效益指标", "货车超限超载率", "≤2%"),
        (None, None, "道路运输较大及以上安全事故", "=0起"),
        (None, None, "交通运输服务投诉数量", "≤15件"),
        (None, "可持续影响指标", "农村公路路长制运行机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("od09-city-highway-centre-department", (8, 12), "department, NAT-2021, city 公路事业发展"
         "中心, 实施周期 and 年度 columns equal in a one-year table, a 三公经费增长率 of ≤0%, "
         "standards × counts within the tasks' money")  # fmt: skip
def od09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 16))
    department_head(s, year=2026, dept="潆水市公路事业发展中心",
                    budget=[(wan(5820), wan(5400), wan(420), wan(2260), wan(3560))],
                    tasks=[
                        ("国省干线公路养护", "国省干线日常养护和预防性养护", wan(2300),
                         "养护国省干线公路410公里"),
                        ("公路桥梁检测", "桥梁定期检测及技术状况评定", wan(360),
                         "完成桥梁检测180座"),
                        ("公路应急保通", "应急物资储备与灾毁路段抢通", wan(500),
                         "灾毁路段及时抢通"),
                        ("治超站运行", "2个公路超限检测站运行保障", wan(400), "货车超限率不高于2%"),
                        ("金额合计", None, wan(3560), None),
                    ],
                    goal="保障国省干线公路安全畅通，养护国省干线公路410公里、检测桥梁180座，"
                         "优良路率不低于90%，灾毁路段24小时内抢通。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "国省干线公路养护里程", "≥410公里", "≥410公里"),
        (None, None, "桥梁定期检测数量", "≥180座", "≥180座"),
        (None, "质量指标", "国省干线优良路率", "≥90%", "≥90%"),
        (None, None, "桥梁检测报告合格率", "≥98%", "≥98%"),
        (None, "时效指标", "灾毁路段抢通时限", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "国省干线养护单价", "≤5.5万元/公里", "≤5.5万元/公里"),
        (None, None, "单座桥梁检测费用", "≤2万元/座", "≤2万元/座"),
        (None, None, "“三公”经费增长率", "≤0%", "≤0%"),
        ("效益指标", "社会效益指标", "因路况原因导致的交通事故", "=0起", "=0起"),
        (None, None, "货车超限率", "≤2%", "≤2%"),
        (None, "可持续影响指标", "预防性养护里程占比", "≥15%", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "公路出行群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("od15-city-bureau-department-wrong", (5, 12), "department, NAT-2021, city 交通运输局: "
         "基本支出 + 项目支出 ≠ 资金总额, 服务对象满意度指标 under 效益指标")  # fmt: skip
def od15() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 16))
    total = mk(wan(6400), "B101", "error", row=True, note="2500 + 3700 = 6200")
    department_head(s, year=2026, dept="鹤川市交通运输局",
                    budget=[(total, wan(6000), wan(400), wan(2500), wan(3700))],
                    tasks=[
                        ("公交车辆更新补贴", "补贴更新新能源公交车120辆", wan(1200),
                         "新能源公交车占比不低于95%"),
                        ("客运站运营补助", "补助20个客运站运营", wan(600), "保障城乡客运正常运行"),
                        ("国省干线养护配套", "国省干线公路养护市级配套", wan(1500),
                         "养护国省干线公路300公里"),
                        ("交通运输综合执法", "路政、运政及治超执法", wan(400),
                         "执法案卷合格率95%以上"),
                        ("金额合计", None, wan(3700), None),
                    ],
                    goal="推进公交优先发展和城乡客运一体化，更新新能源公交车120辆、养护国省干线"
                         "公路300公里，提升交通运输执法规范化水平。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更新新能源公交车", "≥120辆"),
        (None, None, "补助客运站", "≥20个"),
        (None, None, "国省干线养护里程", "≥300公里"),
        (None, "质量指标", "执法案卷合格率", "≥95%"),
        (None, "时效指标", "补贴资金拨付时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单车更新补贴标准", "≤10万元/辆"),
        (None, None, "客运站补助标准", "≤30万元/个"),
        (None, None, "国省干线养护单价", "≤5万元/公里"),
        ("效益指标", "社会效益指标", "公共交通机动化出行分担率", "≥35%"),
        (None, None, "道路运输安全事故起数", "≤3起"),
        (None, "生态效益指标", "新能源公交车占比", "≥95%"),
        (None, mk("服务对象满意度指标", "F105", "error"), "市民公交出行满意度", "≥90%"),
    ])  # fmt: skip
    b.file_mark("F106", "error", required=False, note="满意度指标 exists only as the misplaced "
                "tier-2; the missing tier-1 follows from the F105 mark")  # fmt: skip
    return b


@variant("od07-stacked-enforcement", (2,), "two projects of one 执法大队 stacked in one sheet, "
         "OLD-NAT, one value column, the same satisfaction indicator in both, 超限率 and 投诉数量 "
         "capped with ≤, signature lines")  # fmt: skip
def od07() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="治超站运行经费",
        dept="麓安县交通运输局（126）",
        unit="麓安县交通运输综合行政执法大队",
        attr="常年项目",
        money=one_year(150, 150, 0),
        goals=("保障治超站全年运行，检测货车12万辆次，辖区货车超限率控制在3%以内。",),
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "治超站运行天数", "≥360天"),
        (None, None, "货车超限检测车次", "≥12万辆次"),
        (None, "质量指标", "超限车辆依法卸载率", "≥98%"),
        (None, "时效指标", "检测数据上传时限", "≤24小时"),
        (None, "成本指标", "治超站年度运行成本", "≤150万元"),
        ("效益指标", "社会效益指标", "辖区货车超限率", "≤3%"),
        (None, "可持续影响指标", "非现场执法系统运行", "稳定"),
        ("满意度指标", "服务对象满意度指标", "货运经营者满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        name="道路运输安全监管执法",
        dept="麓安县交通运输局（126）",
        unit="麓安县交通运输综合行政执法大队",
        attr="延续项目",
        title="",
        money=one_year(85, 80, 5),
        goals=("检查道路运输企业120家次，培训执法人员200人次，安全隐患整改率95%以上。",),
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "道路运输企业安全检查", "≥120家次"),
        (None, None, "执法人员培训", "≥200人次"),
        (None, "质量指标", "安全隐患整改率", "≥95%"),
        (None, "时效指标", "举报投诉处理时限", "≤5个工作日"),
        (None, "成本指标", "执法装备运行维护费", "≤12万元"),
        ("效益指标", "社会效益指标", "道路运输安全生产事故起数", "≤2起"),
        (None, None, "运输市场投诉数量", "≤20件"),
        ("满意度指标", "服务对象满意度指标", "货运经营者满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "邓志成", "袁晓琳", "0739-52736418", "2025年12月2日")
    return b
