"""Returns dk13–dk18: projects that hold both lines, tofu skin and sweet-potato vermicelli, or
put them side by side (stacked projects, brand, equipment, sewage and online sales)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout573.common import (
    DEPT,
    HEAD4,
    funds,
    indicators,
    notes,
    period_funds,
    project,
    sign,
    wan,
)
from tests.variants.holdout573.registry import variant
from tests.variants.kit import Book, day, mk, ok


@variant(
    "dk13-both-stacked-money",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
    "总额 is not its parts, its training count differs from its 年度目标",
)
def dk13() -> Book:
    b, s = project(
        2025,
        "鹤畈村腐竹加工废渣综合利用项目",
        "桐坳县鹤畈村股份经济合作社",
        funds(30, 25, 5),
        ["购置豆渣烘干设备2套，豆渣综合利用率达到90%以上。"],
    )
    first = [
        ("产出指标", "数量指标", "购置豆渣烘干设备", "2套"),
        (None, "质量指标", "豆渣综合利用率", "≥90%"),
        (None, "时效指标", "设备投用时间", "2025年7月31日前"),
        (None, "成本指标", "烘干设备单价", "≤12万元/套"),
        ("效益指标", "生态效益指标", "豆渣直排量减少", "≥200吨"),
        ("满意度指标", "服务对象满意度指标", "腐竹加工户满意度", "≥90%"),
    ]
    indicators(s, HEAD4, first)
    s.skip(2)
    total = mk(wan(60), "B101", "error", note="财政拨款45 + 其他资金10 = 55，不是60")
    project_head(
        s,
        year=2025,
        name="上坳村红薯粉条晾晒大棚项目",
        dept=DEPT,
        unit="桐坳县上坳村村民委员会",
        money=funds(total, 45, 10),
        goals=["新建红薯粉条晾晒大棚8座，培训加工户150人次。"],
        title="",
    )
    second = [
        ("产出指标", "数量指标", "新建红薯粉条晾晒大棚", "8座"),
        (
            None,
            None,
            "培训红薯粉加工户",
            mk("≥120人次", "D104", "warning", row=True, note="年度目标写150人次"),
        ),
        (None, "质量指标", "大棚工程验收合格率", "100%"),
        (None, "时效指标", "大棚建成时间", "2025年10月31日前"),
        (None, "成本指标", "晾晒大棚建设标准", "≤5万元/座"),
        ("效益指标", "经济效益指标", "雨季粉条霉变损失降低", "≥4百分点"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"),
    ]
    indicators(s, HEAD4, second)
    return b


@variant(
    "dk14-both-brand-labels",
    (5, 10),
    "project, NAT-2021, tier labels numbered with points (一、产出指标（50分）), marked (*, ★) "
    "and abbreviated (数量, 经济成本), an indicator score column adding to the same 100, a "
    "rate change in 百分点, a later year named on purpose (correct)",
)
def dk14() -> Book:
    goal = ok(
        "培育“桐坳豆粉”区域公用品牌，授权作坊20家，为2026年申报地理标志证明商标做准备。",
        "warning",
        note="2026年是有意写的下一步工作",
    )
    b, s = project(
        2025,
        "桐坳县腐竹红薯粉区域公用品牌培育项目",
        "桐坳县农产品质量安全中心",
        funds(70, 60, 10),
        [goal],
    )
    rows = [
        ("一、产出指标（50分）", "*数量", "授权使用品牌作坊", "≥20家", 15),
        (None, None, "制作品牌宣传片", "1部", 10),
        (None, "*质量", "授权产品抽检合格率", "≥98%", 15),
        (None, "时效", "品牌标识设计定稿时间", "2025年6月30日前", 10),
        ("二、效益指标（30分）", "经济效益", "授权产品平均售价提高", "≥8%", 15),
        (None, "社会效益", "品牌知晓率提高", "≥10百分点", 15),
        ("三、成本指标（10分）", "经济成本", "品牌宣传片制作费用", "≤25万元", 10),
        ("四、满意度指标（10分）", "★服务对象满意度", "授权作坊满意度", "≥90%", 10),
    ]
    indicators(s, (*HEAD4, "分值"), rows)
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "dk15-both-equipment-lines",
    (12,),
    "project, OLD-NAT, a budget detail block (数量 × 单价 = 金额) above the table; unit "
    "costs × counts equal to their lines, a footnote explaining the total (correct)",
)
def dk15() -> Book:
    b, s = project(
        2025,
        "石磨镇腐竹红薯粉加工设备补助项目",
        "桐坳县石磨镇人民政府",
        funds(65, 50, 15),
        ["补助建设腐竹烘干房4座、更新漏粉机10台，举办培训6期。"],
    )
    s.row("资金明细", "明细项目", "数量", "单价（万元）", "金额（万元）")
    s.table(
        [
            (None, "腐竹烘干房", "4座", 9, wan(36)),
            (None, "红薯粉漏粉机", "10台", 2, wan(20)),
            (None, "加工技术培训", "6期", 1.5, wan(9)),
            (None, "合计", None, None, wan(65)),
        ]
    )
    rows = [
        ("产出指标", "数量指标", "补助建设腐竹烘干房", "4座"),
        (None, None, "补助更新红薯粉漏粉机", "10台"),
        (None, None, "举办加工技术培训", "6期"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "补助资金拨付时间", "2025年11月30日前"),
        (None, "成本指标", "烘干房建设补助标准", "≤9万元/座"),
        (None, None, "漏粉机更新补助标准", "≤2万元/台"),
        ("效益指标", "经济效益指标", "受补助作坊产能提高", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "受补助作坊满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    notes(s, "注：明细合计65万元即年度资金总额；烘干房按9万元/座、漏粉机按2万元/台足额补助。")
    return b


@variant(
    "dk16-noodle-two-years",
    (8,),
    "two-year project (2025—2026), OLD-NAT, 中期 and 年度 value columns: a cumulative "
    "count copied into the year, a completion date beyond the 项目期",
)
def dk16() -> Book:
    mid = "两年建成冷链仓库2座、库容1600立方米，服务红薯粉丝加工户120户。"
    year = "2025年建成冷链仓库1座、库容800立方米，服务加工户60户。"
    b, s = project(
        2025,
        "梨垭乡红薯粉丝冷链仓储项目",
        "桐坳县梨垭乡人民政府",
        period_funds((150, 130, 20), (90, 80, 10)),
        [mid, year],
        years=2,
    )
    copied = mk(
        "≥120户", "D202", "warning", alt=("D104",), note="累计户数照抄中期值；年度目标写60户"
    )
    beyond = mk("2027年6月30日前", "Y102", "error", note="项目期为2025—2026年")
    rows = [
        ("产出指标", "数量指标", "建成冷链仓库", "2座", "1座"),
        (None, None, "冷链库容", "≥1600立方米", "≥800立方米"),
        (None, None, "服务红薯粉丝加工户", "≥120户", copied),
        (None, "质量指标", "仓库温控达标率", "≥95%", "≥95%"),
        (None, "时效指标", "冷链仓库全部竣工时间", beyond, "2025年12月31日前"),
        (None, "成本指标", "冷链仓库建设成本", "≤70万元/座", "≤70万元/座"),
        ("效益指标", "经济效益指标", "粉丝仓储损耗率降低", "≥5百分点", "≥3百分点"),
        (None, "可持续影响指标", "冷链仓库运营年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant(
    "dk17-skin-notes-page-break",
    (4,),
    "project, OLD-NAT, weight column: a 说明 row inside the table, a subtotal row, the header "
    "repeated after a page break, a total row, 填表说明 and a signature dated the year "
    "before (correct)",
)
def dk17() -> Book:
    b, s = project(
        2025,
        "鹤畈村腐竹作坊污水收集改造项目",
        "桐坳县鹤畈村村民委员会",
        funds(28, 28, 0),
        ["铺设污水收集管网1200米，接入腐竹作坊和农家乐36户。"],
    )
    header = (*HEAD4, "权重")
    first = [
        ("产出指标", "数量指标", "铺设污水收集管网", "≥1200米", 15),
        (None, None, "接入作坊和农户", "≥36户", 10),
        (None, "质量指标", "管网工程验收合格率", "100%", 10),
        (None, "时效指标", "管网完工时间", "2025年9月30日前", 5),
        (None, "成本指标", "管网铺设单价", "≤180元/米", 10),
    ]
    indicators(s, header, first)
    s.row("说明：接入户数含腐竹作坊31户、农家乐5户。", merge=[(1, 4)])
    s.row("产出指标小计", None, None, None, 50)
    second = [
        ("效益指标", "生态效益指标", "作坊污水收集率", "≥90%", 20),
        (None, "社会效益指标", "周边群众异味投诉次数", "≤2次", 10),
        (None, "可持续影响指标", "管网运维管护制度", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", 10),
    ]
    indicators(s, header, second)
    s.row("合计", None, None, None, 100)
    notes(s, "填表说明：1.指标值含比较符；2.权重合计为100；3.金额单位为万元。")
    sign(s, "饶德顺", "0739-5526178", day(2024, 11, 15))
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


@variant(
    "dk18-noodle-assessment-words",
    (7, 12),
    "project, NAT-2021, headers 考核指标, 目标值（年度） and a 评价标准 column; 当年财政拨款 + "
    "上年结转 + 其他资金; a volume and a sales amount side by side, counts repeated in the "
    "goal with the same values (correct)",
)
def dk18() -> Book:
    cash = [
        ("年度资金总额", wan(56), "其中：当年财政拨款", wan(40)),
        ("上年结转", wan(10), "其他资金", wan(6)),
    ]
    b, s = project(
        2025,
        "上坳村红薯粉丝电商直播助销项目",
        "桐坳县上坳村股份经济合作社",
        cash,
        ["开展直播带货48场，培训村级带货主播15人，线上销售红薯粉丝60吨。"],
    )
    rows = [
        ("成本指标", "经济成本指标", "单场直播平均费用", "≤0.5万元", "超支不得分"),
        ("产出指标", "数量指标", "开展直播带货", "≥48场", "每少1场扣0.5分"),
        (None, None, "培训村级带货主播", "≥15人", "按完成比例计分"),
        (None, "质量指标", "直播商品抽检合格率", "=100%", "不达标不得分"),
        (None, "时效指标", "首场直播开播时间", "2025年3月31日前", "逾期不得分"),
        ("效益指标", "经济效益指标", "红薯粉丝线上销售量", "≥60吨", "按完成比例计分"),
        (None, None, "红薯粉丝线上销售额", "≥90万元", "按完成比例计分"),
        (None, "社会效益指标", "带动脱贫户参与", "≥20户", "每少1户扣0.5分"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "低于90%不得分"),
    ]
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, header, rows)
    sign(s, "龚永年", "0739-5530462", day(2024, 12, 5))
    return b
