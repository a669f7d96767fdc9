"""Pet vaccination drive returns of the 704th held-out set (蓉川县, invented)."""

from __future__ import annotations

from tests.variants.holdout704.common import (
    AGRI,
    CDC,
    indicators,
    notes,
    one_year,
    period_money,
    project,
    sign,
    wan,
)
from tests.variants.holdout704.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "kal02-pet-vaccine-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, period counts above annual (correct)",
)
def kal02() -> Book:
    goals = (
        "2025—2027年累计为城乡宠物犬猫免费接种狂犬病疫苗60000剂次，建成规范免疫点30个。",
        "2025年接种20000剂次，建成免疫点12个，为2028年全县推行电子免疫证积累数据。",
    )
    b, s = project(2025, "宠物犬猫狂犬病免费免疫三年行动", CDC,
                   period_money((wan(270), wan(240), wan(30)), (wan(90), wan(80), wan(10))),
                   goals, years=3, attr="新增项目")  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "每剂次疫苗及接种补助", "≤14元/剂次", "≤14元/剂次"),
        ("产出指标", "数量指标", "免费接种剂次", "≥60000剂次", "≥20000剂次"),
        (None, None, "规范免疫点建设数", "≥30个", "≥12个"),
        (None, "质量指标", "接种犬猫免疫抗体合格率", pct(0.8), pct(0.8)),
        (None, "时效指标", "年度集中接种完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("效益指标", "社会效益指标", "宠物犬猫免疫密度", "≥90%", "≥85%"),
        (None, "可持续影响指标", "电子免疫证覆盖率", "≥90%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "宠物主人满意度", "≥90%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant(
    "kal06-points-two-levels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points, tier and indicator scores, "
    "百分点 (correct)",
)
def kal06() -> Book:
    goal = "组织流动免疫车进社区60场，为宠物犬猫免疫8000只，辖区宠物犬免疫率较上年提高5个百分点。"
    b, s = project(2025, "流动免疫车进社区宠物免疫项目", CDC, one_year(wan(30), wan(25), wan(5)),
                   [goal])  # fmt: skip
    indicators(s, [
        ("一、产出指标（40分）", 40, "（一）数量指标", "流动免疫车进社区场次", "≥60场", 10),
        (None, None, None, "宠物犬猫免疫数量", "≥8000只", 10),
        (None, None, "（二）质量指标", "疫苗冷链温度达标率", "=100%", 10),
        (None, None, "（三）时效指标", "接种信息录入时限", "≤24小时", 10),
        ("二、成本指标（20分）", 20, "（一）经济成本指标", "单场流动接种运行费用", "≤1500元/场",
         10),
        (None, None, None, "疫苗采购单价", "≤15元/剂", 10),
        ("三、效益指标（30分）", 30, "（一）社会效益指标", "辖区宠物犬免疫率较上年提高", "≥5百分点",
         15),
        (None, None, "（二）可持续影响指标", "社区免疫服务常态化机制", "建立并执行", 15),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "宠物主人满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], head=("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
        merged=(1, 2, 3))  # fmt: skip
    notes(s, "说明：一级指标分值与三级指标分值分别合计为100分，评分时按三级指标计分。")
    return b


@variant(
    "kal08-export-second-sheet",
    (7, 9),
    "budget-system export: money on sheet 05-1, indicators with codes under "
    "预期实现值 on 05-2 (correct)",
)
def kal08() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", widths=(22, 28, 26, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "单位名称", "合计", "财政拨款", "其他资金")
    s.row("413001250300000047", "宠物狂犬病免疫点补助", CDC, wan(25), wan(22), wan(3))
    t = b.sheet("部门项目支出绩效目标05-2", widths=(22, 22, 12, 16, 28, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("年度绩效目标", "补助全县18个宠物狂犬病免疫点，免疫犬猫12000只，10月31日前拨付补助资金。",
          merge=[(2, 6)])  # fmt: skip
    code, name = "413001250300000047", "宠物狂犬病免疫点补助"
    indicators(t, [
        (code, name, "产出指标", "数量指标", "补助免疫点数量", "≥18个"),
        (code, name, None, None, "补助免疫犬猫数量", "≥12000只"),
        (code, name, None, "质量指标", "免疫点规范化验收合格率", pct(0.95)),
        (code, name, None, "时效指标", "补助资金拨付完成时间", day(2025, 10, 31, CN_DATE)),
        (code, name, "成本指标", "经济成本指标", "每个免疫点补助标准", "≤1.2万元/个"),
        (code, name, "效益指标", "社会效益指标", "犬猫免疫密度", "≥85%"),
        (code, name, "满意度指标", "服务对象满意度指标", "免疫点服务对象满意度", "≥90%"),
    ], head=("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值"),
        merged=(3, 4))  # fmt: skip
    return b


@variant(
    "kal12-period-against-annual",
    (8,),
    "three-year project, NAT-2021: goals copied, an annual count above the period, a count copied",
)
def kal12() -> Book:
    text = "推进农村散养犬狂犬病免疫扩面，健全村级免疫员队伍，降低犬伤暴露风险。"
    goals = (text, mk(text, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同"))
    b, s = project(2025, "农村散养犬狂犬病免疫扩面三年行动", CDC,
                   period_money((wan(150), wan(150), wan(0)), (wan(50), wan(50), wan(0))),
                   goals, years=3, attr="新增项目")  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单只散养犬免疫补助", "≤9元/只", "≤9元/只"),
        ("产出指标", "数量指标", "散养犬免疫数量", "≥45000只",
         mk("≥50000只", "D201", "error", note="一年的数量超过三年的累计数")),
        (None, None, "村级免疫员培训人数", "≥300人",
         mk("≥300人", "D202", "warning", note="三年累计人数照抄到年度列")),
        (None, "质量指标", "免疫抗体合格率", "≥70%", "≥70%"),
        ("效益指标", "社会效益指标", "散养犬免疫密度", "≥80%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "养犬农户满意度", "≥90%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant(
    "kal13-duplicated-indicators",
    (5,),
    "project, NAT-2021: one indicator twice with two values, a near-duplicate under two tier-2s",
)
def kal13() -> Book:
    goal = "对全县宠物诊疗机构狂犬病疫苗接种点开展监督检查，规范疫苗冷链和接种记录。"
    b, s = project(2025, "宠物疫苗接种点规范管理项目", "蓉川县动物卫生监督所",
                   one_year(wan(12), wan(12), wan(0)), [goal])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单家次监督检查费用", "≤1500元/家次"),
        ("产出指标", "数量指标", "接种点监督检查次数", "≥40家次"),
        (None, None, "宠物接种点培训人数", "≥60人"),
        (None, None, "接种点监督检查次数",
         mk("≥60家次", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标填了两次，指标值不同")),
        (None, "质量指标", "接种点冷链设备达标率", "≥95%"),
        ("效益指标", "可持续影响指标", "接种点冷链设备运行达标率",
         mk("≥95%", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
            note="与质量指标下的冷链设备达标率是同一指标")),
        ("满意度指标", "服务对象满意度指标", "宠物主人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kal14-wrong-tier2",
    (5,),
    "project, OLD-NAT, abbreviated tier labels with ★: a rate under 时效, "
    "satisfaction under 社会效益",
)
def kal14() -> Book:
    goal = "开展春秋两季宠物犬猫集中免疫，免疫登记宠物犬3000只，抗体合格率达到80%以上。"
    b, s = project(2025, "宠物犬猫春秋集中免疫项目", CDC, one_year(wan(18), wan(15), wan(3)),
                   [goal], dept=AGRI)  # fmt: skip
    indicators(s, [
        ("★产出", "数量", "宠物犬免疫登记数量", "≥3000只"),
        (None, None, "宠物犬免疫登记率",
         mk("≥3000只", "T105", "error", note="比率填成了数量")),
        (None, "时效", "免疫抗体检测合格率",
         mk("≥80%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下")),
        (None, None, "集中免疫完成时间", "11月30日前"),
        (None, "成本", "单只免疫综合成本", "≤50元/只"),
        ("★效益", "社会效益", "宠物犬猫免疫密度", "≥85%"),
        (None, None, "宠物主人满意度",
         mk("≥90%", "F201", "warning", row=True, alt=("F105",), note="满意度应填在满意度指标下")),
        ("★满意度", "服务对象满意度", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦思远", "0871-5531460", (2024, 12, 2))
    notes(s, "注：带★的为必填指标。")
    return b
