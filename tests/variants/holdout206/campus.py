"""校舍维修改造, 校车运营 and 课后服务: one-year projects with 测算依据 blocks, direction and
operator columns, tier points (ph06, ph07, ph08, ph09, ph10)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout206.common import (
    ONE,
    book,
    detail,
    indicators,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout206.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct


@variant("ph06-repair-lines-notes", (4, 12), "one-year project 2026-03-01…08-31, OLD-NAT "
         "(成本 under 产出), a five-line 测算依据 block (平方米 × 元/平方米, 樘, 间, "
         "工程费 × 5%) adding to 420 = 年度资金总额, a note citing 2025 price information, "
         "signature and a 2025 fill date (correct)")  # fmt: skip
def ph06() -> Book:
    b, s = book("Sheet1", (10, 20, 30, 18, 16, 16))
    project_head(
        s, year=2026, name="中小学校舍维修改造项目", dept="青岚市教育局（115）",
        unit="青岚市教育基建服务中心", start=day(2026, 3, 1), end=day(2026, 8, 31),
        money=one_year_money(wan(420), wan(380), wan(40)),
        goals=["完成6所学校校舍维修改造，改造面积10000平方米，2026年8月25日前全部完工，"
               "消除校舍安全隐患。"],
    )  # fmt: skip
    detail(s, [
        ("屋面防水维修", "6000平方米×180元/平方米", 108, None),
        ("外墙修缮", "4000平方米×250元/平方米", 100, None),
        ("门窗更换", "800樘×1500元/樘", 120, "断桥铝门窗"),
        ("卫生间改造", "12间×6万元/间", 72, None),
        ("工程监理及审计", "工程费400万元×5%", 20, None),
    ], 420)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维修改造学校数", "≥6所"),
        (None, None, "维修改造校舍面积", "≥10000平方米"),
        (None, "质量指标", "工程竣工验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "2026年8月25日前"),
        (None, "成本指标", "屋面防水单位造价", "≤180元/平方米"),
        (None, None, "工程监理及审计费用", "≤20万元"),
        ("效益指标", "社会效益指标", "校舍安全隐患消除率", pct(1)),
        (None, "可持续影响指标", "改造校舍设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：1. 单价参照2025年第三季度本市建设工程造价信息；2. 工程监理及审计费按工程费的"
          "5%计列；3. 暑期施工，不影响正常教学。", merge=[(1, 6)])  # fmt: skip
    sign(s, "黄志强", "孙丽华", "0597-22815536", filled="2025年11月18日")
    return b


@variant("ph07-repair-lines-short-date", (12,), "one-year project, NAT-2021, operator and unit "
         "columns, a 测算依据 block whose lines add to 300 under a 合计 of 320 (= 年度资金总额); "
         "a 完工时间 2027年8月31日 in a 2026 one-year project")  # fmt: skip
def ph07() -> Book:
    b, s = book("Sheet1", (10, 20, 30, 12, 18, 14))
    project_head(
        s, year=2026, name="中小学校舍安全改造项目", dept="临溪县教育局（301）",
        unit="临溪县教育局", attr="一次性项目",
        money=one_year_money(ok(wan(320), "error", note="the lines below add to 300"),
                             wan(290), wan(30)),
        goals=["2026年完成2栋教学楼抗震加固、3栋学生宿舍维修和1处运动场改造，"
               "消除校舍安全隐患，保障师生安全。"],
    )  # fmt: skip
    detail(s, [
        ("教学楼抗震加固", "2栋×85万元/栋", 170, None),
        ("学生宿舍维修", "3栋×30万元/栋", 90, None),
        ("运动场改造", "1处×40万元/处", 40, "塑胶跑道"),
    ], mk(money(320), "B102", "error", row=True, alt=("B101",),
          note="170 + 90 + 40 = 300, not 320"))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "抗震加固教学楼栋数", "≥", 2, "栋"),
        (None, None, "维修学生宿舍栋数", "≥", 3, "栋"),
        (None, None, "改造运动场数量", "≥", 1, "处"),
        (None, "质量指标", "工程验收合格率", "=", 100, "%"),
        (None, "时效指标", "工程完工时间", "≤",
         mk(mk("2027年8月31日", "Y102", "error", alt=("Y103",),
               note="a 2026 one-year project cannot finish in 2027"),
            "D104", "warning", row=True, required=False, note="the goal's 2026年完成"), None),
        ("成本指标", "经济成本指标", "教学楼抗震加固单栋造价", "≤", 85, "万元/栋"),
        ("效益指标", "社会效益指标", "校舍安全隐患消除率", "=", 100, "%"),
        (None, "可持续影响指标", "改造后校舍使用年限", "≥", 20, "年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("ph08-bus-direction-last", (11,), "one-year project, NAT-2021, operator, value, unit "
         "and a trailing 指标方向 (正向/反向) column: 反向 事故起数 = 0, 反向 乘车时长 ≤40, 正向 "
         "下降率 ≥20; 8万元/辆·年 × 25辆 = the 200万元 (correct)")  # fmt: skip
def ph08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 14, 10))
    project_head(
        s, year=2026, name="农村校车运营补助项目", dept="白沙河区教育局（208）",
        unit="白沙河区学生交通安全管理站",
        money=one_year_money(wan(200), wan(160), wan(40)),
        goals=["保障全区25辆校车安全运营，每日接送农村学生1500人，校车安全责任事故零发生。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位",
                   "指标方向"), [
        ("产出指标", "数量指标", "运营校车数量", "≥", 25, "辆", "正向"),
        (None, None, "每日接送学生人数", "≥", 1500, "人", "正向"),
        (None, "质量指标", "校车年检合格率", "=", 100, "%", "正向"),
        (None, None, "校车驾驶员持证上岗率", "=", 100, "%", "正向"),
        (None, "时效指标", "学生单程乘车时长", "≤", 40, "分钟", "反向"),
        ("成本指标", "经济成本指标", "单车运营补助标准", "≤", 8, "万元/辆·年", "反向"),
        ("效益指标", "社会效益指标", "校车安全责任事故起数", "=", 0, "起", "反向"),
        (None, None, "农村学生上学交通安全隐患下降率", "≥", 20, "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", 90, "%", "正向"),
    ])  # fmt: skip
    return b


@variant("ph09-bus-accident-ge-vague", (11,), "one-year project, NAT-2021, 指标性质 as "
         "direction and 指标方向 as operator: a 反向 事故起数 with ≥, a 运营线路数 of "
         "若干")  # fmt: skip
def ph09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 14, 12))
    project_head(
        s, year=2026, name="校车购置及运营保障项目", dept="临溪县教育局（301）",
        unit="临溪县校车服务中心",
        money=one_year_money(wan(180), wan(180), wan(0)),
        goals=["保障全县20辆校车全年安全运营，接送偏远村组学生1200人，杜绝校车安全事故。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "保障运营校车数", "正向", "≥", 20, "辆"),
        (None, None, "接送学生人数", "正向", "≥", 1200, "人"),
        (None, None, "校车运营线路数", "正向", "≥",
         mk("若干", "T102", "warning", row=True, alt=("T116", "T101", "T109"),
            note="a vague value: the number of routes is known when the budget is made"),
         "条"),
        (None, "质量指标", "校车安全检查覆盖率", "正向", "=", 100, "%"),
        (None, "时效指标", "校车到站准点率", "正向", "≥", 95, "%"),
        ("成本指标", "经济成本指标", "单车年度运营补助", "反向", "≤", 9, "万元/辆·年"),
        ("效益指标", "社会效益指标", "学生乘车安全事故起数", "反向",
         mk(mk("≥", "T108", "warning", row=True, note="反向 with ≥"), "D104", "warning",
            row=True, required=False, note="the goal's 杜绝校车安全事故"), 1, "起"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "赵文海", "钱晓燕", "0596-32210488")
    return b


@variant("ph10-after-school-points", (5, 10), "one-year project, NAT-2021, tier labels numbered "
         "with points (一、产出指标（50分）…), a 分值 column adding to each tier and to 100, a "
         "下降 ≥5百分点; 50元/人·次 × 48000人次 = the 240万元 (correct)")  # fmt: skip
def ph10() -> Book:
    b, s = book("Sheet1", (18, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="中小学课后服务补助项目", dept="青岚市教育局（115）",
        unit="青岚市教育局基础教育科",
        money=one_year_money(wan(240), wan(240), wan(0)),
        goals=["全市32所中小学全部开展课后服务，参与学生4000人，教师课后服务补助48000人次，"
               "学生课后服务参与率达到85%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "开展课后服务学校数", "≥32所", 10),
        (None, None, "参与课后服务学生人数", "≥4000人", 10),
        (None, None, "教师课后服务补助人次", "≥48000人次", 10),
        (None, "2.质量指标", "学生课后服务参与率", "≥85%", 10),
        (None, "3.时效指标", "课后服务补助发放时限", "≤30日", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "教师课后服务补助标准", "≤50元/人·次", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "学生参加校外学科类培训比例下降",
         "≥5百分点", 15),
        (None, "2.可持续影响指标", "课后服务管理制度", "健全", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "学生家长满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b
