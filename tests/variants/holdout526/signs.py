"""Sign-language public services (手语服务): tier labels, header words, template rows, notes."""

from __future__ import annotations

from tests.variants.holdout526.common import (
    HEAD4,
    indicators,
    notes,
    one_year,
    project,
    signature,
    start,
)
from tests.variants.holdout526.registry import variant
from tests.variants.kit import Book, mk, ok


@variant(
    "bp07-sign-labels",
    (5,),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（50分）, 1.数量指标), a ★ core indicator, a 下降率 with ≥ (correct)",
)
def sign_labels() -> Book:
    b, s = start()
    project(
        s,
        "砚川市听障人士手语翻译服务",
        "砚川市残疾人联合会 318004",
        "砚川市聋人协会",
        one_year(45, 40, 5),
        ["全年提供手语翻译服务600场次以上，培训持证翻译员40人。"],
    )
    indicators(
        s,
        (*HEAD4, "备注"),
        [
            ("一、产出指标（50分）", "1.数量指标", "★手语翻译服务场次", "≥600场次", "核心指标"),
            (None, None, "培训持证手语翻译员", "≥40人", None),
            (None, "2.质量指标", "手语翻译服务投诉率", "≤2%", None),
            (None, None, "翻译员年度考核合格率", "≥95%", None),
            (None, "3.时效指标", "预约服务响应时间", "≤24小时", None),
            ("二、成本指标（10分）", "1.经济成本指标", "每场次翻译服务补助", "≤300元/场次", None),
            (None, None, "翻译员人均培训费", "≤2000元/人", None),
            ("三、效益指标（30分）", "1.社会效益指标", "窗口办事等候时长下降率", "≥10%", "比上年"),
            (None, "2.可持续影响指标", "手语服务预约管理制度", "健全", None),
            ("四、满意度指标（10分）", "1.服务对象满意度指标", "听障服务对象满意度", "≥92%", None),
        ],
    )
    signature(s, "贺听澜", "0913-4790362")
    return b


@variant(
    "bp08-sign-labels-wrong",
    (5, 11),
    "project, OLD-NAT, abbreviated tier labels (产出, "
    "数量): an evaluation tier 过程指标, a 反向 rate with ≥, a rate given as a count",
)
def sign_labels_wrong() -> Book:
    b, s = start()
    project(
        s,
        "栖峰县手语新闻栏目制作",
        "栖峰县融媒体中心 402210",
        "栖峰县融媒体中心",
        one_year(38, 38, 0),
        ["每周制作手语新闻栏目一期，全年52期。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出", "数量", "制作手语新闻栏目", "≥52期"),
            (
                None,
                "质量",
                "手语新闻字幕同步率",
                mk("52期", "T105", "error", note="同步率应为百分比"),
            ),
            (None, "时效", "新闻播出后手语版上线时限", "≤24小时"),
            (None, "成本", "每期制作成本", "≤0.7万元/期"),
            (
                mk("过程指标", "F108", "error", alt=("F103",), note="过程是评价指标体系的一级指标"),
                ok("组织实施", "error"),
                "栏目制作管理制度",
                "有效",
            ),
            ("效益", "社会效益", "听障观众收视人次", "≥3000人次"),
            (
                None,
                None,
                "手语栏目观众投诉率",
                mk("≥3%", "T108", "warning", row=True, note="投诉率是反向指标，应为≤"),
            ),
            ("满意度", "服务对象满意度", "听障观众满意度", "≥90%"),
        ],
    )
    signature(s, "付晴川", "0913-8817250")
    return b


@variant(
    "bp09-sign-header-words",
    (7,),
    "project, OLD-NAT, two-row header with 指标内容 and "
    "绩效标准, benchmarks beside the values (correct)",
)
def sign_header_words() -> Book:
    b, s = start()
    project(
        s,
        "澜石区政务服务中心手语窗口",
        "澜石区政务服务管理局 205411",
        "澜石区政务服务中心",
        one_year(26, 24, 2),
        ["在区政务服务中心设手语窗口3个，全年服务听障群众1200人次。"],
    )
    s.row("指标内容", None, None, "绩效标准", "指标值设定依据", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None)
    s.table(
        [
            ("产出指标", "数量指标", "设立手语服务窗口", "≥3个", "计划标准"),
            (None, None, "服务听障群众", "≥1200人次", "历史标准"),
            (None, "质量指标", "窗口手语服务一次办结率", "≥85%（行业标准）", "行业标准"),
            (None, "时效指标", "预约手语服务响应时间", "≤2小时", "计划标准"),
            (None, "成本指标", "窗口手语服务人员补贴", "≤2.4万元/人·年", "计划标准"),
            ("效益指标", "社会效益指标", "听障群众办事往返次数下降率", "≥20%", "历史标准"),
            (None, "可持续影响指标", "手语窗口服务规范", "建立并执行", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "听障群众满意度", "≥95%", "历史标准"),
        ],
        merged=(1, 2),
    )
    signature(s, "言舒扬", "0915-2263015")
    return b


@variant(
    "bp10-sign-second-sheet",
    (7, 12),
    "project: head on the first sheet, indicators on "
    "a second sheet under 预期实现值; the total is not the sum of its parts, a rate as count",
)
def sign_second_sheet() -> Book:
    b, s = start("项目基本信息")
    total = mk(96, "B101", "error", note="80 + 12 = 92，不是 96")
    project(
        s,
        "汀屿县手语视频普法宣传",
        "汀屿县司法局 530204",
        "汀屿县公共法律服务中心",
        one_year(total, 80, 12),
        ["制作手语普法短视频48期，覆盖全县听障群众。"],
    )
    t = b.sheet("绩效指标")
    indicators(
        t,
        ("一级指标", "二级指标", "三级指标", "预期实现值"),
        [
            ("产出指标", "数量指标", "制作手语普法短视频", "≥48期"),
            (
                None,
                "质量指标",
                "短视频按期更新率",
                mk("48期", "T105", "error", note="更新率应为百分比"),
            ),
            (None, "时效指标", "每期视频发布周期", "≤7天"),
            (None, "成本指标", "每期视频制作成本", "≤1.5万元/期"),
            ("效益指标", "社会效益指标", "听障群众法律知识知晓率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "听障群众满意度", "≥90%"),
        ],
        title="项目绩效指标表",
    )
    return b


@variant(
    "bp11-sign-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 "
    "labels left from the template without indicators, a value without a name",
)
def sign_template_rows() -> Book:
    b, s = start()
    project(
        s,
        "霁川县社区手语角建设",
        "霁川县残疾人联合会 611305",
        "霁川县聋人协会",
        one_year(20, 18, 2),
        ["在12个社区开设手语角，全年开展活动24场。"],
    )
    empty = "模板行未填写"
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "手语角活动开展场次", "≥24场"),
            (
                None,
                None,
                mk("　", "F110", "error", note="有指标值，名称只有一个全角空格"),
                "≥300人次",
            ),
            (None, "质量指标", "活动志愿者持证上岗率", "≥90%"),
            (None, mk("时效指标", "F109", "warning", row=True, note=empty), None, None),
            ("成本指标", "经济成本指标", "每场活动成本", "≤0.5万元/场"),
            ("效益指标", "社会效益指标", "听障居民参与社区活动人次增长率", "≥15%"),
            (None, mk("可持续影响指标", "F109", "warning", row=True, note=empty), None, None),
            ("满意度指标", "服务对象满意度指标", "听障居民满意度", "≥90%"),
        ],
    )
    signature(s, "覃知微", "0917-3325708")
    return b


@variant(
    "bp12-sign-notes",
    (4,),
    "project, OLD-NAT, one value column: a 注 row between tiers, "
    "a footnote explaining the total, 填表说明, signature and date lines (correct)",
)
def sign_notes() -> Book:
    b, s = start()
    project(
        s,
        "砚川市公共法律服务手语翻译",
        "砚川市司法局 317105",
        "砚川市法律援助中心",
        one_year(30, 25, 5),
        ["为听障当事人提供法律援助手语翻译服务200件以上。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "法律援助手语翻译服务", "≥200件"),
            (None, "质量指标", "翻译服务差错率", "≤1%"),
            (None, "时效指标", "翻译指派时限", "≤3个工作日"),
            (None, "成本指标", "每件翻译服务补贴", "≤1200元/件"),
        ],
    )
    notes(s, "注：效益指标以听障当事人回访结果为准。", width=4)
    s.table(
        [
            ("效益指标", "社会效益指标", "听障当事人案件办结率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "听障当事人满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    notes(
        s,
        "注：年度资金总额30万元中，其他资金5万元为上年结转资金。",
        "填表说明：1.指标值应量化；2.定性指标按好、较好、一般、差填写。",
        width=4,
    )
    signature(s, "简澄远", "0913-4731196")
    return b
