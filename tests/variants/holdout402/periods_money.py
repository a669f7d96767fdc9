"""Multi-year projects, late headers and money blocks: wv05, wv08, wv09 (correct), wv13, wv17,
wv18."""

from __future__ import annotations

from tests.variants.holdout402.common import (
    GUQIN_DEPT,
    GUQIN_UNIT,
    SUONA_DEPT,
    SUONA_UNIT,
    TIERS3,
    department_book,
    indicators,
    notes,
    one_year,
    project_book,
    signature,
    w,
)
from tests.variants.holdout402.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

PERIOD = [
    ["中期资金总额", w(150), "年度资金总额", w(50)],
    ["其中：财政拨款", w(135), "其中：财政拨款", w(45)],
    ["其他资金", w(15), "其他资金", w(5)],
]


@variant("wv05-guqin-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: counts below their period "
         "values, rates legitimately equal (correct)")  # fmt: skip
def wv05() -> Book:
    b, s = project_book(name="古琴传统琴曲数字化档案建设", dept=GUQIN_DEPT, unit=GUQIN_UNIT,
                        years=3, attr="新增项目", money=PERIOD,
                        goals=["三年内完成300首传统琴曲的采录、打谱和数字化建档。",
                               "2025年完成100首琴曲采录与建档，建成档案管理平台。"])  # fmt: skip
    indicators(s, (*TIERS3, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "琴曲采录数量", "≥300首", "≥100首"),
        (None, None, "琴曲打谱数量", "≥150首", "≥40首"),
        (None, "质量指标", "数字化档案著录合格率", "≥95%", "≥95%"),
        (None, "时效指标", "档案管理平台上线时间", "2025年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每首琴曲采录建档成本", "≤0.45万元/首", "≤0.45万元/首"),
        ("效益指标", "可持续影响指标", "档案平台开放查阅琴曲数量", "≥300首", "≥100首"),
        ("满意度指标", "服务对象满意度指标", "琴人及研究者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "甘素徽", "0731-8843375")
    return b


@variant("wv08-suona-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under headers "
         "考核指标, 预期实现值 and 评价标准 (correct)")  # fmt: skip
def wv08() -> Book:
    b, _ = project_book(sheet="基本信息", name="唢呐艺术进校园", dept=SUONA_DEPT,
                        unit="鹤汀县第二中学", money=one_year(15, 15, 0),
                        goals=["在6所中小学开设唢呐兴趣课，全年授课不少于240课时。"])  # fmt: skip
    s = b.sheet("绩效指标", widths=(14, 16, 28, 16, 24))
    s.title("唢呐艺术进校园绩效指标", 5)
    indicators(s, ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准"), [
        ("产出指标", "数量指标", "兴趣课授课课时", "≥240课时", "每少10课时扣1分"),
        (None, None, "参与学生人数", "≥180人", "按签到统计"),
        (None, "质量指标", "授课教案审核通过率", pct(0.95), "未达标不得分"),
        (None, "成本指标", "每课时授课补助", "≤0.05万元/课时", "超标准不得分"),
        ("效益指标", "社会效益指标", "学校唢呐社团成立数量", "≥6个", "每少1个扣2分"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("wv09-department-money", (12,),
         "department, NAT-2021: budget and key tasks consistent, a note explaining that 金额合计 "
         "is 项目支出 only (correct)")  # fmt: skip
def wv09() -> Book:
    b, s = department_book(dept="云砚市古琴艺术传习馆", budget=[
        [w(260), w(236), w(24), w(168.5), w(91.5)]],
        tasks=[["古琴传承人研修", "组织传承人研修与交流", w(41.5), "研修3期"],
               ["古琴曲谱数字化", "采录整理传统琴曲", w(50), "整理琴曲100首"],
               ["金额合计", None, w(91.5), None]],
        goal="完成古琴传承人研修3期，整理琴曲100首，开放传习馆展厅。")  # fmt: skip
    notes(s, "注：金额合计为项目支出，不含基本支出168.5万元。")
    indicators(s, (*TIERS3, "指标值"), [
        ("产出指标", "数量指标", "传承人研修期数", "≥3期"),
        (None, None, "琴曲整理数量", "≥100首"),
        (None, "质量指标", "研修结业合格率", "≥90%"),
        ("成本指标", "经济成本指标", "每首琴曲整理成本", "≤0.5万元/首"),
        ("效益指标", "社会效益指标", "展厅年接待观众人次", "≥12000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "梅枕石", "0731-8847560", day(2024, 11, 18))
    return b


@variant("wv13-suona-copied-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "two cumulative counts copied from the period column")  # fmt: skip
def wv13() -> Book:
    goal = "三年内培养唢呐青年传承人30名，组织汇报演出45场。"
    b, s = project_book(name="鹤汀唢呐青年传承人培养计划", dept=SUONA_DEPT, unit=SUONA_UNIT,
                        years=3, money=PERIOD,
                        goals=[goal, mk(goal, "D204", "warning", note="copied")])  # fmt: skip
    indicators(s, (*TIERS3, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培养青年传承人人数", "≥30人",
         mk("≥30人", "D202", "warning", note="cumulative count copied")),
        (None, None, "青年传承人汇报演出场次", "≥45场",
         mk("≥45场", "D202", "warning", note="cumulative count copied")),
        (None, "质量指标", "传承人结业考核合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "人均培养成本", "≤1.5万元/人", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "青年传承人参与乡村演出场次", "≥90场", "≥30场"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wv17-guqin-artefacts", (9,),
         "project, OLD-NAT, one value column, converted from PDF: a money cell with its digits "
         "split by a space, the completion date left as a serial number in text")  # fmt: skip
def wv17() -> Book:
    split = mk("38.562 5", "X105", "warning", alt=("X103",), note="read as 38.5625")
    serial = mk("46022", "X104", "warning", note="2025-12-31 as a serial in a text cell")
    b, s = project_book(name="古琴传承人抢救性记录", dept=GUQIN_DEPT, unit=GUQIN_UNIT,
                        end=serial,
                        money=[["年度资金总额", w(50), "其中：财政拨款", split],
                               ["其他资金", C(11.4375, "0.0000")]],
                        goals=["完成5位古琴代表性传承人的影像记录与口述整理。"])  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ("产出指标", "数量指标", "传承人影像记录人数", "≥5人"),
        (None, "质量指标", "记录成果验收合格率", "≥95%"),
        (None, "时效指标", "记录工作完成时间", "2025年12月31日前"),
        (None, "成本指标", "每位传承人记录成本", "≤9万元/人"),
        ("效益指标", "社会效益指标", "记录过程安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wv18-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to "
         "金额合计")  # fmt: skip
def wv18() -> Book:
    total = mk(w(260), "B101", "error", note="150 + 100 = 250 ≠ 260")
    task_sum = mk(w(100), "B102", "error", note="45 + 40 = 85 ≠ 100")
    b, s = department_book(dept="鹤汀县民间唢呐艺术研究会", budget=[
        [total, w(240), w(20), w(150), w(100)]],
        tasks=[["唢呐曲牌整理", "整理传统曲牌", w(45), "整理曲牌60首"],
               ["唢呐展演季", "组织年度展演季", w(40), "展演30场"],
               ["金额合计", None, task_sum, None]],
        goal="整理唢呐传统曲牌60首，举办展演季展演30场。")  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ("产出指标", "数量指标", "传统曲牌整理数量", "≥60首"),
        (None, None, "展演季展演场次", "≥30场"),
        (None, "质量指标", "曲牌整理审校合格率", "≥95%"),
        ("成本指标", "经济成本指标", "每场展演成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "展演观众人次", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "温拾音", "0736-5123981")
    return b
