"""Mooncake (月饼) returns dm01–dm06: training, a festival fair, gift-box packaging, a trade
centre, an export project."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout575.common import (
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout575.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("dm01-skills-training", (1, 11, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, a goal text that "
         "sums two indicators, 0起 on an incident count (correct)")  # fmt: skip
def dm01() -> Book:
    b, s = start()
    goal = ("开展月饼制作技艺培训，培养学徒60人（其中广式40人、苏式20人），"
            "学徒考核合格率不低于95%，带动5家作坊申领食品生产许可。")  # fmt: skip
    project_head(s, year=2025, name="中秋传统月饼技艺传承培训项目", dept="枫岙县商务局（312）",
                 unit="枫岙县糕点行业协会", money=one_year(wan(36), wan(30), wan(6)),
                 goals=[goal])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "广式月饼学徒培训人数", "≥", 40, "人"),
        (None, None, "苏式月饼学徒培训人数", "≥", 20, "人"),
        (None, None, "带动作坊申领生产许可数", "≥", 5, "家"),
        (None, "质量指标", "学徒考核合格率", "≥", pct(0.95), "%"),
        (None, None, "培训月饼抽检不合格率", "≤", pct(0.02), "%"),
        (None, "时效指标", "培训完成时间", "≤", day(2025, 8, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "学徒人均培训成本", "≤", 0.5, "万元/人"),
        ("效益指标", "社会效益指标", "结业学徒就业率", "≥", pct(0.8), "%"),
        (None, None, "培训期间食品安全事故", "=", 0, "起"),
        (None, "可持续影响指标", "技艺传承档案完整率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦素芬", "0771-5823406")
    return b


@variant("dm02-festival-fair", (7,),
         "project, NAT-2021, numbered tier labels, header 绩效目标值: the goal text's fair count "
         "against its indicator, a placeholder, a date in the year before the budget "
         "year")  # fmt: skip
def dm02() -> Book:
    b, s = start()
    goal = ok("举办中秋月饼惠民展销会3场，参展月饼抽检合格率98%以上，展销期间月饼销售额"
              "不低于300万元。", "warning", note="D104 may land here")  # fmt: skip
    project_head(s, year=2025, name="中秋月饼惠民展销会项目", dept="澄塘区商务和经济信息化局",
                 unit="澄塘区烘焙食品商会", money=one_year(wan(48), wan(40), wan(8)),
                 goals=[goal])  # fmt: skip
    late = mk(day(2024, 9, 17, CN_DATE), "Y102", "error", alt=("Y101", "Y103"),
              note="一年期2025年项目，完成时间却是2024年9月17日")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("一、产出指标", "（一）数量指标", "展销会举办场次",
         mk("≥2场", "D104", "warning", row=True, note="年度目标写举办3场，指标只要2场")),
        (None, None, "参展企业数量", mk("≥**家", "X101", "error", note="占位符未替换")),
        (None, "（二）质量指标", "参展月饼抽检合格率", "≥98%"),
        (None, "（三）时效指标", "展销会完成时间", late),
        ("二、成本指标", "（一）经济成本指标", "单场展销会布展费用", "≤12万元"),
        ("三、效益指标", "（一）经济效益指标", "展销期间月饼销售额", "≥300万元"),
        (None, "（二）社会效益指标", "惠民消费券核销率", "≥85%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立波", "0772-3316085")
    return b


@variant("dm03-gift-box-two-year", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns with a unit column, a 下降率 with ≥, "
         "a 2026 date inside the project period (correct)")  # fmt: skip
def dm03() -> Book:
    b, s = start()
    goals = ("2025—2026年推广减量包装月饼礼盒，检查月饼生产企业240家，礼盒过度包装率"
             "控制在5%以内，2026年9月30日前完成全市复查。",
             "2025年检查月饼生产企业130家，开展包装新规宣传12场，包装材料使用量下降10%"
             "以上，过度包装率控制在8%以内。")  # fmt: skip
    project_head(s, year=2025, years=2, name="月饼礼盒减量包装推广项目",
                 dept="栗川市市场监督管理局", unit="栗川市食品包装检测中心",
                 money=multi_year((200, 180, 20), (110, 100, 10)), goals=goals)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "检查月饼生产企业数", "≥240", "≥130", "家"),
        (None, None, "包装新规宣传场次", "≥20", "≥12", "场"),
        (None, "质量指标", "抽检礼盒包装合格率", "≥95%", "≥95%", "%"),
        (None, "时效指标", "全市复查完成时间", "2026年9月30日前", "2025年9月30日前", None),
        ("成本指标", "经济成本指标", "单家企业检查成本", "≤0.6", "≤0.6", "万元/家"),
        ("效益指标", "社会效益指标", "礼盒过度包装率", "≤5%", "≤8%", "%"),
        (None, "生态效益指标", "包装材料使用量下降率", "≥15%", "≥10%", "%"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    sign(s, "蒙晓岚", "0773-6627140")
    return b


@variant("dm04-time-honoured-brands", (5, 11),
         "project, OLD-NAT, abbreviated tier labels, word operators: a conflicting duplicate, a "
         "及时率 under 质量, a unit subsidy × count above the money")  # fmt: skip
def dm04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="老字号月饼品牌提升项目", dept="桂埠市商务局",
                 unit="桂埠市老字号企业协会", money=one_year(wan(45), wan(45), wan(0)),
                 goals=["支持老字号月饼企业改进礼盒包装，补贴礼盒不少于5万盒。"])  # fmt: skip
    dup = mk("不低于90%", "D102", "error", row=True, alt=("D103", "D101"),
             note="与“月饼礼盒包装抽检合格率 不低于95%”是同一指标，值却不同")  # fmt: skip
    late = mk("月饼配送及时率", "F201", "warning", row=True, note="及时率是时效指标")
    cost = mk("不高于12元/盒", "B107", "warning", row=True,
              note="12元/盒×50000盒=60万元，超过年度资金45万元")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出", "数量", "补贴礼盒数量", "不少于50000盒"),
        (None, None, "参与老字号企业数量", "不少于8家"),
        (None, "质量", "月饼礼盒包装抽检合格率", "不低于95%"),
        (None, None, late, "不低于98%"),
        (None, None, "礼盒包装抽检合格率", dup),
        (None, "时效", "补贴资金拨付时间", "2025年10月31日前"),
        (None, "成本", "每盒包装补贴标准", cost),
        ("效益", "社会效益", "老字号月饼销量增长率", "不低于10%"),
        (None, "可持续影响", "包装标准化企业占比", "不低于60%"),
        ("满意度", "服务对象满意度", "参与企业满意度", "不低于90%"),
    ])  # fmt: skip
    return b


@variant("dm05-trade-centre", (4, 5, 10, 12),
         "department, NAT-2021, tier labels numbered with points, indicator points, a 合计 row, "
         "key tasks adding to 项目支出, a rate raised in 百分点 (correct)")  # fmt: skip
def dm05() -> Book:
    b, s = start()
    tasks = [("月饼技艺培训", "培训学徒与作坊主", wan(45), "培训120人次"),
             ("食品安全抽检", "中秋前后抽检", wan(40), "抽检300批次"),
             ("品牌推介", "参加糕点展会", wan(25), "参展4场"),
             ("金额合计", None, wan(110), None)]  # fmt: skip
    department_head(s, year=2025, dept="荻港镇食品产业服务中心", tasks=tasks,
                    budget=[(wan(260), wan(220), wan(40), wan(150), wan(110))],
                    goal="完成月饼技艺培训120人次、抽检300批次，参展4场，辖区月饼抽检"
                         "合格率保持在97%以上。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "技艺培训人次", "≥120人次", 15),
        (None, None, "月饼抽检批次", "≥300批次", 15),
        (None, None, "参加糕点展会场次", "≥4场", 5),
        (None, "2.质量指标", "辖区月饼抽检合格率", "≥97%", 10),
        (None, "3.时效指标", "中秋前抽检完成时间", "2025年9月30日前", 5),
        ("二、成本指标（10分）", "1.经济成本指标", "单批次抽检费用", "≤0.13万元/批次", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "会员企业月饼电商销售占比",
         "提高≥3百分点", 15),
        (None, "2.社会效益指标", "月饼食品安全事故", "0起", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "会员企业满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：分值合计100分，一级指标括号内为该级分值，不另行累加。")
    sign(s, "黎彩凤", "0774-2905318")
    return b


@variant("dm06-export-system", (7, 9),
         "budget-system export: 05-1 money sheet and 05-2 indicator sheet, header on the third "
         "row, codes in the first columns: a last-year date in the goal, a date as a "
         "serial")  # fmt: skip
def dm06() -> Book:
    b, s = start("部门项目支出预算05-1")
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：栗川市食品进出口服务中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目年度目标")
    goal = mk("指导3家企业完成出口备案，2024年9月前完成首批出口报关，"
              "全年出口月饼40批次以上。", "Y103", "warning", alt=("Y101", "Y102"),
              note="一年期2025年项目，文字写2024年")  # fmt: skip
    s.row("350203250001", "广式月饼出口示范项目", 60, 50, 10, goal)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 18, 14, 16, 26, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：栗川市食品进出口服务中心", None, None, None, None, None)
    serial = mk("45900", "X104", "warning", note="Excel 日期序列号（2025-08-31）存成了文本")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("350203250001", "广式月饼出口示范项目", "产出指标", "数量指标", "出口备案企业数",
         "≥3家"),
        (None, None, None, None, "出口月饼批次", "≥40批次"),
        (None, None, None, "质量指标", "出口月饼检验合格率", "≥98%"),
        (None, None, None, "时效指标", "首批出口报关时间", serial),
        (None, None, "成本指标", "经济成本指标", "单批次检验检疫费用", "≤0.5万元/批次"),
        (None, None, "效益指标", "经济效益指标", "月饼出口额", "≥800万元"),
        (None, None, "满意度指标", "服务对象满意度指标", "出口企业满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
