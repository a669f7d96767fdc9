"""Returns wy01–wy06: martial arts schools (武术学校、武馆) and their training projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout405.common import TIERED, book, footnotes, indicators, one_year, sign
from tests.variants.holdout405.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("wy01-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, percent "
         "cells typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def wy01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="竹岗镇青少年武术学校教练员能力提升项目",
                 dept="竹岗镇教育体育办公室（306021）", unit="竹岗镇青少年武术学校",
                 money=one_year(86, 80, 6),
                 goals=["培训武术教练员200人，学员段位考核合格率达到95%以上。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "培训武术教练员人数", "≥", 200, "人"),
        (None, None, "组织段位考核场次", "≥", 4, "场"),
        (None, "质量指标", "教练员结业考核合格率", "≥", pct(0.95), "%"),
        (None, None, "学员训练损伤发生率下降幅度", "≥", pct(0.1), "%"),
        (None, "时效指标", "培训完成时限", "≤", "2025年11月30日", None),
        (None, "成本指标", "教练员培训补助标准", "≤", 1200, "元/人"),
        ("效益指标", "社会效益指标", "训练场馆安全责任事故", "=", 0, "起"),
        (None, "可持续影响指标", "教练员持证上岗率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, 2025, "郑廷秀", "0735-6128847")
    return b


@variant("wy02-rate-direction", (1, 11), "project, OLD-NAT, operator column: a 合格率 typed "
         "as 105% and a 反向 injury rate with ≥")  # fmt: skip
def wy02() -> Book:
    b, s = book()
    project_head(s, year=2025, name="石栏乡武馆规范化办学扶持项目",
                 dept="石栏乡文化体育服务中心（512007）", unit="石栏乡文化体育服务中心",
                 money=one_year(45, 45, 0),
                 goals=["扶持12家武馆规范办学，完成教练员资质审核和场地安全检查。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "扶持规范化武馆数量", "≥", 12, "家"),
        (None, "质量指标", "武馆场地安全检查合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率 typed as 105% exceeds the 100% ceiling"),
         "%"),
        (None, None, "学员训练受伤发生率", "≥",
         mk(pct(0.02), "T108", "warning", row=True, alt=("T107",),
            note="an injury rate is 反向: ≥2% rewards more injuries"), "%"),
        (None, "时效指标", "资质审核完成时间", "≤", "2025年9月30日", None),
        (None, "成本指标", "单家武馆扶持标准", "≤", 3.5, "万元/家"),
        ("效益指标", "社会效益指标", "持证教练员占比提高", "≥", 8, "百分点"),
        ("满意度指标", "服务对象满意度指标", "武馆经营者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, 2025, "唐明远", "0738-5560213")
    return b


@variant("wy03-stacked-two", (2,), "two schools' projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator name with different values (correct)")  # fmt: skip
def wy03() -> Book:
    b, s = book()
    for i, (name, unit, total, n, std, rate) in enumerate([
        ("枫渡县武术学校寄宿学员生活补助项目", "枫渡县武术学校", 54, 300, 1800, 0.95),
        ("枫渡县少林拳社区武馆公益课堂项目", "枫渡县东门武馆", 18, 600, 300, 0.9),
    ]):  # fmt: skip
        if i:
            s.skip()
        project_head(s, year=2025, name=name, dept="枫渡县文化旅游体育局（420113）", unit=unit,
                     money=one_year(total, total, 0), title="" if i else None,
                     goals=[f"资助学员{n}人，满意度{round(rate * 100)}%以上。"])  # fmt: skip
        indicators(s, TIERED, [
            ("产出指标", "数量指标", "受益学员人数", f"≥{n}人"),
            (None, "质量指标", "课程完成率", f"≥{round(rate * 100)}%"),
            (None, "时效指标", "资金发放及时率", "=100%"),
            (None, "成本指标", "人均补助标准", f"≤{std}元/人"),
            ("效益指标", "社会效益指标", "学员体质测试达标率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", f"≥{round(rate * 100)}%"),
        ])  # fmt: skip
    footnotes(s, "注：两个项目分别申报，各自核算资金。")
    return b


@variant("wy04-money-rate", (12, 1), "project, NAT-2021: 年度资金总额 ≠ 财政拨款 + 其他资金, a "
         "结业率 given as a head count")  # fmt: skip
def wy04() -> Book:
    b, s = book()
    project_head(s, year=2025, name="云槐区武术进校园师资派驻项目",
                 dept="云槐区教育局（233045）", unit="云槐区青少年业余体校",
                 money=[("年度资金总额", mk(money(120, WAN), "B101", "error",
                                            note="100 + 15 = 115, not 120"),
                         "其中：财政拨款", money(100, WAN)),
                        (None, None, "其他资金", money(15, WAN))],
                 goals=["向20所中小学派驻武术教师，开设武术课程不少于1600课时。"])  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "派驻学校数量", "≥20所"),
        (None, None, "武术课程课时", "≥1600课时"),
        (None, "质量指标", "学员结业率",
         mk("≥120人", "T105", "error", note="a 结业率 needs a percentage, not a head count")),
        (None, "时效指标", "教师到岗时间", "2025年3月15日前"),
        ("成本指标", "经济成本指标", "派驻教师课时补贴标准", "≤150元/课时"),
        ("效益指标", "社会效益指标", "参训学生体质健康优良率提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "钱素芬", "0731-8842306")
    return b


@variant("wy05-second-sheet", (7, 1), "project: head on the first sheet, the indicator table on "
         "a second sheet under 考核指标 · 目标值（年度） · 评价标准 (correct)")  # fmt: skip
def wy05() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2026, name="栖霞湾镇南拳传习馆学员集训项目",
                 dept="栖霞湾镇人民政府（611302）", unit="栖霞湾镇南拳传习馆",
                 money=one_year(32, 30, 2),
                 goals=["组织学员冬夏两期集训，培养南拳竞赛后备人才40名。"])  # fmt: skip
    sign(s, 2026, "黄启贤", "0756-3319042", month=11, dd=26)
    t = b.sheet("绩效指标", (14, 16, 28, 16, 30))
    t.title("绩效指标表", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "集训期数", "2期", "完成得满分，少一期扣5分"),
        (None, None, "培养后备人才人数", "≥40人", "按完成比例得分"),
        (None, "质量指标", "集训出勤率", pct(0.9), "低于目标按比例扣分"),
        (None, "时效指标", "冬训完成时间", "2026年2月底前", "逾期扣3分"),
        (None, "成本指标", "集训人均费用", "≤8000元/人", "超标不得分"),
        ("效益指标", "社会效益指标", "市级以上比赛获奖人次", "≥6人次", "按完成比例得分"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", pct(0.9), "问卷调查"),
    ], label=None)  # fmt: skip
    return b


@variant("wy06-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 left "
         "from the template without indicators, a value without a name")  # fmt: skip
def wy06() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鹤汀县武术学校训练馆设施更新项目",
                 dept="鹤汀县体育事业发展中心（705118）", unit="鹤汀县武术学校",
                 money=one_year(64, 64, 0),
                 goals=["更新训练馆地垫、器械架和护具，满足300名学员日常训练需要。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "更新训练地垫面积", "≥900平方米"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥120套"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "地垫采购单价", "≤380元/平方米"),
        ("效益指标", "社会效益指标", "满足日常训练学员人数", "≥300人"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None),
        ("满意度指标", "服务对象满意度指标", "学员及教练员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "邓孝林", "0745-2206718")
    return b
