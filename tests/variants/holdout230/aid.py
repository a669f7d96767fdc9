"""学生资助 and 营养改善计划 over several years: 中期/年度 columns, 生均 standards times the
students against the money (qf01–qf06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout230.common import (
    TWO,
    basis,
    book,
    indicators,
    note,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout230.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("qf01-grant-per-student-exact", (1, 8), "3-year project, NAT-2021, 中期/年度 columns: "
         "2000元/生·年 × 4500人次 = 中期 900万, × 1500 = 年度 300万; unit cost, rates, 0人 "
         "equal in both columns, 100% as Excel stores it (correct)")  # fmt: skip
def qf01() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, years=3, name="普通高中国家助学金项目", dept="澄川县教育局（401）",
        unit="澄川县学生资助管理中心", attr="延续项目",
        money=period_money((wan(900), wan(900), wan(0)), (wan(300), wan(300), wan(0))),
        goals=["2026—2028年累计资助家庭经济困难普通高中学生4500人次，按生均2000元/生·年标准"
               "足额发放国家助学金，资助对象认定准确率达到100%。",
               "2026年资助家庭经济困难普通高中学生1500人，春、秋两个学期各发放1000元/生，"
               "资金发放及时率不低于95%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "资助普通高中学生人次", "≥4500人次", "≥1500人次"),
        (None, "质量指标", "资助对象认定准确率", pct(1), pct(1)),
        (None, "时效指标", "助学金发放及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "生均资助标准", "≤2000元/生·年", "≤2000元/生·年"),
        ("效益指标", "社会效益指标", "家庭经济困难学生因贫辍学人数", "=0人", "=0人"),
        (None, "可持续影响指标", "学生资助长效机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邹晓岚", "方启明", "0745-62318057")
    return b


@variant("qf02-nutrition-standard-over-annual", (8, 12), "3-year project, unit column, 中期/"
         "年度 columns: 1000元/生·年 × 5200人 exceeds the 年度 420万; 食堂 24所 in both columns "
         "while the 年度目标 says 8所")  # fmt: skip
def qf02() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 12, 16, 16))
    project_head(
        s, year=2026, years=3, name="农村义务教育学生营养改善计划", dept="岚溪县教育局（512）",
        unit="岚溪县教育局学生营养办公室",
        money=period_money((wan(1560), wan(1560), wan(0)), (wan(420), wan(420), wan(0))),
        goals=["2026—2028年为全县农村义务教育学校学生提供营养膳食补助，累计惠及15600人次，"
               "新建改造学校食堂24所。",
               "2026年为5200名农村义务教育学生提供营养膳食补助，按每生每天5元、全年200天"
               "标准补助，改造学校食堂8所。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "受益学生人次", "人次", "≥15600", "≥5200"),
        (None, None, "新建改造学校食堂", "所", "≥24",
         mk("≥24", "D202", "warning", row=True, alt=("D104",),
            note="a cumulative count equal in both columns; the 年度目标 says 8所")),
        (None, "质量指标", "食品安全抽检合格率", "%", "≥98", "≥98"),
        (None, "时效指标", "补助资金拨付及时率", "%", "≥95", "≥95"),
        ("成本指标", "经济成本指标", "生均膳食补助标准", "元/生·年", "≤1000",
         mk("≤1000", "B107", "warning", row=True,
            note="1000元 × 5200人 = 520万 > 年度资金 420万")),
        ("效益指标", "社会效益指标", "学生营养健康状况", "—", "持续改善", "有所改善"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    sign(s, "蒋雨桐", "石向东", "0739-85216604")
    return b


@variant("qf03-nutrition-one-year-equal", (8, 12), "one-year project with 中期/年度 columns "
         "and goals that are equal (legitimately), a 测算依据 line: 3600人 × 5元 × 200天 = "
         "360万, 98%/100% as Excel stores them (correct)")  # fmt: skip
def qf03() -> Book:
    b, s = book("项目绩效目标")
    goal = ("2026年为全县3600名农村义务教育学生按每生每天5元标准提供营养膳食补助，全年在校"
            "供餐不少于200天，不发生食品安全事故。")  # fmt: skip
    project_head(
        s, year=2026, years=1, name="农村学生营养膳食补助项目", dept="青禾县教育体育局（208）",
        unit="青禾县教育体育局", attr="常年项目",
        money=period_money((wan(360), wan(342), wan(18)), (wan(360), wan(342), wan(18))),
        goals=[goal, goal],
    )  # fmt: skip
    basis(s, "3600人×5元/人·天×200天=360万元；其中中央和省级补助342万元，县级配套18万元。")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "受益学生人数", "≥3600人", "≥3600人"),
        (None, None, "年度在校供餐天数", "≥200天", "≥200天"),
        (None, "质量指标", "食品安全抽检合格率", pct(0.98), pct(0.98)),
        (None, None, "供餐学校食堂量化等级达标率", pct(1), pct(1)),
        (None, "时效指标", "补助资金拨付时间", "2026年3月31日前", "2026年3月31日前"),
        ("成本指标", "经济成本指标", "膳食补助标准", "≤5元/生·天", "≤5元/生·天"),
        ("效益指标", "社会效益指标", "学生贫血检出率", "≤8%", "≤8%"),
        (None, "可持续影响指标", "营养改善计划管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥92%", "≥92%"),
    ])  # fmt: skip
    note(s, "注：本项目实施期为1年，中期指标值与年度指标值相同。")
    sign(s, "何静怡", "梁国栋", "0736-72049315")
    return b


@variant("qf04-preschool-annual-over-period", (5, 8, 12), "3-year project, numbered tier labels, "
         "中期/年度 columns: 年度 sources do not add up, a training count whose 年度 value exceeds "
         "中期, a 宣传 count below the 68所 of the 年度目标")  # fmt: skip
def qf04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="学前教育幼儿资助项目", dept="梧岭县教育局（306）",
        unit="梧岭县学生资助管理中心",
        money=period_money((wan(720), wan(660), wan(60)),
                           (mk(wan(240), "B101", "error", note="210 + 20 = 230 ≠ 240"),
                            wan(210), wan(20))),
        goals=["2026—2028年累计资助家庭经济困难幼儿7200人次，减免保育教育费，实现学前教育"
               "资助应助尽助。",
               "2026年资助家庭经济困难幼儿2400人次，对全县68所幼儿园开展资助政策宣传，培训"
               "幼儿园资助工作人员300人次。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("一、产出指标", "1.数量指标", "资助家庭经济困难幼儿人次", "≥7200人次", "≥2400人次"),
        (None, None, "资助政策宣传幼儿园数", "≥68所",
         mk("≥60所", "D104", "warning", row=True, note="the 年度目标 says 68所")),
        (None, None, "资助工作人员培训人次", "≥150人次",
         mk("≥300人次", "D201", "error", row=True, note="年度 300 > 中期 150")),
        (None, "2.质量指标", "资助对象认定准确率", "≥98%", "≥98%"),
        (None, "3.时效指标", "资助资金发放及时率", "≥95%", "≥95%"),
        ("二、成本指标", "1.经济成本指标", "生均保教费减免标准", "≤1000元/生·年",
         "≤1000元/生·年"),
        ("三、效益指标", "1.社会效益指标", "学前三年毛入园率", "≥92%", "≥90%"),
        ("四、满意度指标", "1.服务对象满意度指标", "受助幼儿家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "彭思远", "韦丽华", "0773-58802146")
    return b


@variant("qf05-tuition-two-column-sets", (1, 8, 9), "3-year project, two complete column sets "
         "(中期 then 年度), a 中期 amount with a note in brackets, 2000元/生·年 × 9000/3000人次 = "
         "中期/年度 money, a 2028 date in the 中期 set (correct)")  # fmt: skip
def qf05() -> Book:
    b, s = book("中职免学费", (14, 14, 24, 16, 14, 24, 16))
    project_head(
        s, year=2026, years=3, name="中等职业教育免学费补助项目", dept="江屿市教育局（115）",
        unit="江屿市职业教育与成人教育科",
        money=period_money((ok("1800万(其中中央补助1200万元)"), wan(1800), wan(0)),
                           (wan(600), wan(600), wan(0))),
        goals=["2026—2028年累计为中职学生免除学费9000人次，免学费政策覆盖全部在籍在校学生。",
               "2026年为3000名中职学生免除学费，春季学期资金于4月底前拨付到校。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "二级指标", "三级指标",
              "指标值（年度）")  # fmt: skip
    indicators(s, header, [
        ("产出指标", "数量指标", "免学费学生人次", "≥9000人次", "数量指标", "免学费学生人次",
         "≥3000人次"),
        (None, None, "免学费政策覆盖率", pct(1), None, "免学费政策覆盖率", pct(1)),
        (None, "质量指标", "免学费资格审核准确率", "≥98%", "质量指标", "免学费资格审核准确率",
         "≥98%"),
        (None, "时效指标", "免学费资金拨付时间", "2028年10月31日前", "时效指标",
         "免学费资金拨付时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "生均免学费补助标准", "≤2000元/生·年", "经济成本指标",
         "生均免学费补助标准", "≤2000元/生·年"),
        ("效益指标", "社会效益指标", "中职学校在校生巩固率", "≥95%", "社会效益指标",
         "中职学校在校生巩固率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "服务对象满意度指标",
         "受助学生满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "龚嘉宁", "卢振华", "0598-23175508")
    return b


@variant("qf06-freshman-goal-copied", (8, 9), "2-year project, 中期/年度 columns: the 年度目标 "
         "is the 中期目标 word for word, the 年度 total split by a space, a unit cost rounded "
         "to 0万元")  # fmt: skip
def qf06() -> Book:
    b, s = book("Sheet1")
    goal = ("资助考入全日制普通高校的家庭经济困难新生，每人发放入学路费及短期生活费1500元，"
            "确保受助学生顺利入学。")  # fmt: skip
    project_head(
        s, year=2026, years=2, name="家庭经济困难高校新生入学资助项目",
        dept="鹭门县教育局（227）", unit="鹭门县学生资助管理中心", attr="新增项目",
        money=period_money((wan(240.3376), wan(220.3376), wan(20)),
                           (mk("120.168 8", "X105", "warning", note="120.1688 split"),
                            wan(110.1688), wan(10))),
        goals=[goal, mk(goal, "D204", "warning", row=True)],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "资助高校新生人数", "≥1600人", "≥800人"),
        (None, "质量指标", "资助对象精准率", pct(1), pct(1)),
        (None, "时效指标", "资助资金发放时间", "2027年9月30日前", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "人均入学资助标准", "≤0.15万元/人",
         mk("≤0万元/人", "T115", "error", row=True, note="0.15万元 rounded to 0")),
        ("效益指标", "社会效益指标", "受助新生按时报到率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "温若溪", "钟立群", "0592-66137420")
    return b
