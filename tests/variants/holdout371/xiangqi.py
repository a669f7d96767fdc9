"""Chinese chess (象棋) in schools and clubs: tier labels as offices write them, header words,
a second-sheet table, operators in words, points at two levels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout371.common import YEAR, funds, indicators, notes, sign, start
from tests.variants.holdout371.registry import variant
from tests.variants.kit import Book, day, mk


@variant("vq07-xq-numbered-tiers", (5,), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（50分）, （一）数量指标), an incident count ≤0起 (correct)")  # fmt: skip
def xq_numbered_tiers() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="栖霞湾区象棋进校园项目", dept="栖霞湾区教育局（402）",
                 unit="栖霞湾区棋类运动协会", money=funds((26, 26, 0), (26, 26, 0)),
                 goals=["为全区16所小学开设象棋兴趣课，举办校际象棋赛2届。"])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "1.开课小学数", "≥16所"),
        (None, None, "2.校际象棋赛届数", "≥2届"),
        (None, "（二）质量指标", "3.象棋兴趣课教案合格率", "≥95%"),
        (None, "（三）时效指标", "4.秋季开课完成时间", "10月15日前"),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.每所学校课程补助", "≤1.2万元/所"),
        (None, "（二）社会成本指标", "6.赛事安全责任事故", "≤0起"),
        ("三、效益指标（30分）", "（一）社会效益指标", "7.参与象棋课学生人数", "≥2400人"),
        (None, "（二）可持续影响指标", "8.校园象棋社团保留率", "≥90%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.学生满意度", "≥90%"),
    ]
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值")], rows)
    sign(s, "蒲知远", "0596-4470213")
    return b


@variant("vq08-xq-starred-wrong-parent", (5,), "transfer-payment project, OLD-NAT, ★ and * "
         "marks and abbreviated labels; one tier-2 under the wrong tier-1, a satisfaction "
         "of 99%")  # fmt: skip
def xq_starred_wrong_parent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="象棋文化进乡村转移支付项目", dept="澄岙市体育局（215）",
                 unit="澄岙市各县（区）体育部门", money=funds((60, 45, 15), (60, 45, 15)),
                 attr="常年项目",
                 goals=["支持6个县（区）举办乡村象棋擂台赛，培训乡村棋手300人。"])  # fmt: skip
    rows = [
        ("★产出", "*数量", "乡村象棋擂台赛场次", "≥24场"),
        (None, None, "乡村棋手培训人数", "≥300人"),
        (None, "质量", "擂台赛裁判持证率", "≥90%"),
        (None, "成本", "每场擂台赛补助", "≤2万元/场"),
        ("★效益", "社会效益", "参赛乡村群众人次", "≥6000人次"),
        (
            None,
            mk("时效", "F105", "error", note="时效 belongs under 产出, not 效益"),
            "擂台赛完成时间",
            "11月30日前",
        ),
        (
            "★满意度",
            "服务对象满意度",
            "参赛群众满意度",
            mk("≥99%", "T114", "warning", note="a satisfaction target of 99% is implausible"),
        ),
    ]
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值")], rows)
    notes(s, "注：标★的为核心指标，不得删除。")
    return b


@variant("vq09-xq-header-words", (7,), "project, OLD-NAT, headers 指标内容 and 绩效标准, a 下降率 "
         "written with ≥ (correct)")  # fmt: skip
def xq_header_words() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫渚区老年象棋活动中心运营项目", dept="枫渚区民政局（311）",
                 unit="枫渚区老年活动中心", money=funds((12, 10, 2), (12, 10, 2)),
                 goals=["全年开放象棋活动室300天，举办老年象棋联谊赛6次。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "活动室开放天数", "≥300天"),
        (None, None, "老年象棋联谊赛次数", "≥6次"),
        (None, "质量指标", "棋具完好率", "≥95%"),
        (None, "时效指标", "维修报修响应时间", "≤48小时"),
        (None, "成本指标", "每次联谊赛费用", "≤0.8万元/次"),
        ("效益指标", "社会效益指标", "老年人独居孤独感下降率", "≥10%"),
        (None, "可持续影响指标", "活动中心志愿者队伍", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参与老人满意度", "≥92%"),
    ]
    indicators(s, [("一级指标", "二级指标", "指标内容", "绩效标准")], rows)
    sign(s, "鲁清和", "0597-8825630")
    return b


@variant("vq10-xq-second-sheet", (7, 4), "project head on the first sheet, the table on a second "
         "sheet under 预期实现值 with a header repeated after a page break: a rate given as a "
         "count and a placeholder left in a value")  # fmt: skip
def xq_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="鹭汀县中小学象棋教练员培养项目", dept="鹭汀县教育局（112）",
                 unit="鹭汀县教师发展中心", money=funds((18, 18, 0), (18, 18, 0)),
                 goals=["培养中小学象棋教练员90名，开展送教下乡20场。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18, 12))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位")
    indicators(
        t,
        [head],
        [
            ("产出指标", "数量指标", "培养象棋教练员人数", "≥90", "人"),
            (None, None, "送教下乡场次", mk("≥**", "X101", "error", note="placeholder left"), "场"),
            (
                None,
                "质量指标",
                "教练员结业考核合格率",
                mk("85人", "T105", "error", note="a 合格率 given as a count"),
                "%",
            ),
        ],
    )
    notes(t, "（续表）", width=5)
    indicators(
        t,
        [head],
        [
            ("产出指标", "时效指标", "培训完成时间", "≤11月30日", None),
            (None, "成本指标", "人均培训费用", "≤1800", "元/人"),
            ("效益指标", "社会效益指标", "开设象棋课的中小学数", "≥40", "所"),
            ("满意度指标", "服务对象满意度指标", "参训教练员满意度", "≥90", "%"),
        ],
    )
    return b


@variant("vq11-xq-operators-in-words", (11,), "project, NAT-2021, 指标性质 holding operators "
         "in words, bare numbers and a unit column: 大于等于 on a 反向 rate, 等于 on a cost "
         "cap and on a satisfaction")  # fmt: skip
def xq_operators_in_words() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岙市青少年象棋锦标赛项目", dept="澄岙市体育局（215）",
                 unit="澄岙市象棋协会", money=funds((20, 16, 4), (20, 16, 4)),
                 goals=["举办全市青少年象棋锦标赛1届，设6个组别，参赛选手600人。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "参赛选手人数", "大于等于", 600, "人"),
        (None, None, "比赛组别数", "等于", 6, "个"),
        (
            None,
            "质量指标",
            "对局申诉发生率",
            mk("大于等于", "T108", "warning", row=True, note="a 反向 rate with 大于等于"),
            2,
            "%",
        ),
        (None, "时效指标", "比赛完成时间", "小于等于", day(YEAR, 8, 31), None),
        (
            "成本指标",
            "经济成本指标",
            "人均参赛组织费用",
            mk("等于", "T108", "warning", row=True, alt=("T107",), note="= on a cost cap"),
            300,
            "元/人",
        ),
        ("效益指标", "社会效益指标", "新增注册青少年棋手人数", "大于等于", 150, "人"),
        (
            "满意度指标",
            "服务对象满意度指标",
            "参赛选手满意度",
            mk(
                "等于",
                "T107",
                "warning",
                row=True,
                alt=("T108",),
                note="= on a satisfaction rate, ≥ meant",
            ),
            92,
            "%",
        ),
    ]
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")], rows)
    sign(s, "温叙白", "0597-6093342")
    return b


@variant("vq12-xq-points-two-levels", (10,), "project, NAT-2021, a tier-1 score column and "
         "an indicator score column both adding to 100, a rise in 百分点 (correct)")  # fmt: skip
def xq_points_two_levels() -> Book:
    b, s = start("绩效目标", (14, 8, 18, 28, 8, 16))
    project_head(s, year=YEAR, name="栖霞湾区社区象棋俱乐部扶持项目",
                 dept="栖霞湾区文化和旅游局（409）",
                 unit="栖霞湾区文化馆", money=funds((15, 15, 0), (15, 15, 0)),
                 goals=["扶持10家社区象棋俱乐部，全年举办社区象棋赛30场。"])  # fmt: skip
    rows = [
        ("产出指标", 50, "数量指标", "扶持社区象棋俱乐部数", 20, "≥10家"),
        (None, None, None, "社区象棋赛场次", 15, "≥30场"),
        (None, None, "质量指标", "俱乐部年检合格率", 15, "≥95%"),
        ("成本指标", 10, "经济成本指标", "每家俱乐部扶持资金", 10, "≤1.5万元/家"),
        ("效益指标", 30, "社会效益指标", "社区居民棋类活动参与率提高", 15, "≥5百分点"),
        (None, None, "可持续影响指标", "俱乐部自主运营比例", 15, "≥80%"),
        ("满意度指标", 10, "服务对象满意度指标", "俱乐部会员满意度", 10, "≥90%"),
    ]
    head = ("一级指标", "分值", "二级指标", "三级指标", "分值", "指标值")
    indicators(s, [head], rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, 100, None)
    notes(s, "注：一级指标分值与三级指标分值为同一总分的两级分解，合计均为100分。")
    return b
