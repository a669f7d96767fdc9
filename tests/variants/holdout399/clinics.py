"""Eye-care returns: points in tier labels, header words, second sheets, multi-year projects."""

from __future__ import annotations

from tests.variants.holdout399.common import (
    annual_money,
    indicators,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout399.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

HOSP = "枫岙区卫生健康局（208011）"
SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "ws07-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points and an indicator score column, "
    "both adding to 100 (correct)",
)
def points_labels() -> Book:
    b, s = project(
        "枫岙区白内障复明手术补助项目",
        HOSP,
        "枫岙区人民医院眼科",
        annual_money(120, 100, 20),
        ["为低收入白内障患者实施复明手术。"],
    )
    indicators(
        s,
        SCORED,
        [
            ("一、产出指标（40分）", "（一）数量指标", "1.白内障复明手术例数", "≥600例", 20),
            (None, "（二）质量指标", "2.术后视力≥0.3比例", "≥85%", 10),
            (None, "（三）时效指标", "3.术后随访完成时限", "≤30天", 10),
            ("二、成本指标（20分）", "（一）经济成本指标", "4.每例手术补助标准", "≤1800元/例", 20),
            (
                "三、效益指标（30分）",
                "（一）社会效益指标",
                "5.致盲性白内障患病率下降",
                "≥2百分点",
                15,
            ),
            (None, "（二）可持续影响指标", "6.县域眼科手术能力提升", "持续提升", 15),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "7.患者满意度", pct(0.92), 10),
        ],
    )
    s.row("合计", None, None, None, 100)
    signature(s, "桂闻涛", "0738-2260415")
    return b


@variant(
    "ws08-points-wrong",
    (5, 10),
    "project, NAT-2021, labels with points: two tier scores ≠ the scores under them, "
    "a tier-2 under the wrong tier-1",
)
def points_wrong() -> Book:
    b, s = project(
        "枫岙区糖尿病视网膜病变筛查项目",
        HOSP,
        "枫岙区中医医院眼科",
        annual_money(68, 68, 0),
        ["为在册糖尿病患者开展眼底照相筛查。"],
    )
    indicators(
        s,
        SCORED,
        [
            (
                mk("一、产出指标（40分）", "W103", "error", note="20 + 15 + 10 = 45 ≠ 40"),
                "（一）数量指标",
                "1.眼底照相筛查人数",
                "≥8500人",
                20,
            ),
            (None, "（二）质量指标", "2.阅片复核一致率", "≥95%", 15),
            (None, "（三）时效指标", "3.筛查结果反馈时限", "≤7个工作日", 10),
            ("二、成本指标（20分）", "（一）经济成本指标", "4.每人筛查成本", "≤75元/人", 20),
            (
                mk("三、效益指标（30分）", "W103", "error", note="15 + 10 = 25 ≠ 30"),
                "（一）社会效益指标",
                "5.视网膜病变转诊率",
                "≥90%",
                15,
            ),
            (None, "（二）可持续影响指标", "6.筛查信息化随访机制", "建立并执行", 10),
            (
                "四、满意度指标（10分）",
                mk(
                    "（一）可持续影响指标",
                    "F105",
                    "error",
                    note="可持续影响指标 belongs to 效益指标, not 满意度指标",
                ),
                "7.患者满意度",
                "≥90%",
                10,
            ),
        ],
    )
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "ws09-content-standard",
    (7, 4),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row inside the table, 说明 "
    "and signature lines below, fill date in the prior year (correct)",
)
def content_standard() -> Book:
    b, s = project(
        "苇塘镇卫生院眼科诊室建设项目",
        "澄湾县卫生健康局（417003）",
        "澄湾县苇塘镇卫生院",
        annual_money(45, 40, 5),
        ["建成乡镇标准化眼科诊室，开展常见眼病初筛。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            ("产出指标", "数量指标", "购置裂隙灯等眼科设备台数", "≥6台"),
            (None, None, "眼病初筛人次", "≥3000人次"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, "时效指标", "诊室投入使用时间", "≤9月30日"),
            (None, "成本指标", "设备购置总成本", "≤38万元"),
        ],
    )
    s.row("注：设备清单见附件1，单价按政府采购中标价计。", merge=[(1, 4)])
    s.table(
        [
            ("效益指标", "社会效益指标", "乡镇眼病转诊及时率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥88%"),
        ],
        merged=(1, 2),
    )
    notes(s, "说明：1.指标值中“≥”表示不低于；2.成本指标含安装调试费用。")
    signature(s, "龚若淳", "0739-7140362")
    return b


@variant(
    "ws10-second-sheet-artefacts",
    (7, 9),
    "project in 元: head on the first sheet, indicators on a second sheet under 预期实现值; "
    "an amount stored as text with separators, a date serial typed as text",
)
def second_sheet() -> Book:
    rows = [
        [
            "年度资金总额",
            money(1_280_000, YUAN),
            "其中：财政拨款",
            mk("1,130,000.00", "X103", "warning", note="text with separators, read as 1130000"),
        ],
        [None, None, "其他资金", money(150_000, YUAN)],
    ]
    b, s = project(
        "鹭汀市青少年角膜塑形镜验配规范化项目",
        "鹭汀市卫生健康委员会（102006）",
        "鹭汀市眼病防治所",
        rows,
        ["规范全市角膜塑形镜验配，建立不良反应监测。"],
        sheet="项目信息",
        money_label="项目资金（元）",
    )
    signature(s, "乔望舒", "0736-3305127")
    t = b.sheet("绩效指标", widths=(14, 18, 30, 18))
    t.title("项目绩效指标", 4)
    indicators(
        t,
        ("一级指标", "二级指标", "三级指标", "预期实现值"),
        [
            ("产出指标", "数量指标", "验配机构规范化检查家次", "≥42家次"),
            (None, "质量指标", "验配机构检查合格率", "≥90%"),
            (
                None,
                "时效指标",
                "年度检查完成时间",
                mk("46356", "X104", "warning", note="a date serial (2026-11-30) typed as text"),
            ),
            (None, "成本指标", "每家次检查成本", "≤2500元/家次"),
            ("效益指标", "社会效益指标", "角膜感染不良事件发生率", "≤0.5%"),
            ("满意度指标", "服务对象满意度指标", "验配机构满意度", "≥85%"),
        ],
    )
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "ws11-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, annual counts below the period, "
    "rates equal (correct)",
)
def multi_year() -> Book:
    m = [
        ["中期资金总额", wan(450), "年度资金总额", wan(150)],
        ["其中：财政拨款", wan(450), "其中：财政拨款", wan(150)],
    ]
    b, s = project(
        "澄湾县儿童弱视斜视早筛早治项目",
        "澄湾县卫生健康局（417003）",
        "澄湾县妇幼保健院",
        m,
        [
            "三年内0-6岁儿童眼保健覆盖全县，弱视早发现早治疗。",
            "完成当年学龄前儿童视力筛查，弱视儿童全部转诊。",
        ],
        years=3,
        attr="新增项目",
    )
    indicators(
        s,
        PERIOD,
        [
            ("产出指标", "数量指标", "0-6岁儿童眼保健检查人数", "≥5.4万人", "≥1.8万人"),
            (None, "质量指标", "弱视儿童转诊率", pct(0.95), pct(0.95)),
            (None, "时效指标", "转诊完成时限", "≤30天", "≤30天"),
            ("成本指标", "经济成本指标", "每名儿童检查成本", "≤80元/人", "≤80元/人"),
            ("效益指标", "社会效益指标", "弱视治疗有效率", "≥80%", "≥75%"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "ws12-multi-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied into "
    "the annual column, one annual count above its period count",
)
def multi_year_copied() -> Book:
    m = [
        ["中期资金总额", wan(540), "年度资金总额", wan(180)],
        ["其中：财政拨款", wan(540), "其中：财政拨款", wan(180)],
    ]
    b, s = project(
        "枫岙区基层眼科能力提升项目",
        HOSP,
        "枫岙区人民医院",
        m,
        [
            "三年内培训基层眼科医师并为社区卫生服务中心配置眼底相机。",
            "完成首批社区眼科诊室建设和医师培训。",
        ],
        years=3,
        attr="新增项目",
    )
    copied = "cumulative count copied from the 中期 column in a three-year project"
    indicators(
        s,
        PERIOD,
        [
            (
                "产出指标",
                "数量指标",
                "配置眼底相机社区中心数",
                "≥24个",
                mk("≥24个", "D202", "warning", note=copied),
            ),
            (
                None,
                None,
                "基层眼科医师培训人数",
                "≥120人",
                mk("≥150人", "D201", "error", note="annual 150 above the three-year 120"),
            ),
            (
                None,
                None,
                "社区眼病筛查人次",
                "≥9万人次",
                mk("≥9万人次", "D202", "warning", note=copied),
            ),
            (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
            ("成本指标", "经济成本指标", "每台眼底相机购置成本", "≤6万元/台", "≤6万元/台"),
            ("效益指标", "社会效益指标", "基层眼病首诊识别率", "≥80%", "≥70%"),
            ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%"),
        ],
    )
    return b
