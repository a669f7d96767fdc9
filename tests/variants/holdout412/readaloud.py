"""Returns xf07–xf12: the reading-aloud (诵读) half of the programme: salons, audio services,
volunteer teams, staff training and the reading month."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout412.common import (
    DEPT,
    LIB,
    WIDE,
    YEAR,
    indicators,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout412.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("xf07-stacked-salon-audio", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same satisfaction name with different values (correct)")  # fmt: skip
def stacked_salon_audio() -> Book:
    b, s = project("“声动书香”读者诵读沙龙", one_year(20, 18, 2),
                   ["全年举办诵读沙龙48期，服务读者2400人次。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "诵读沙龙期数", "≥48期"),
        (None, None, "沙龙参与读者人次", "≥2400人次"),
        (None, "质量指标", "领读嘉宾资质审核合格率", "100%"),
        (None, "时效指标", "沙龙按月开展及时率", "≥95%"),
        (None, "成本指标", "单期沙龙费用", "≤0.35万元/期"),
        ("效益指标", "社会效益指标", "读者诵读能力提升", "有效"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="视障读者有声诵读服务", dept=DEPT, unit=LIB,
                 money=one_year(15, 15, 0), goals=["录制有声诵读作品300部，服务视障读者1500人次。"],
                 title="")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "录制有声诵读作品", "≥300部"),
        (None, None, "视障读者服务人次", "≥1500人次"),
        (None, "质量指标", "作品音质合格率", "≥98%"),
        (None, "时效指标", "作品上线时限", "2026年12月20日前"),
        (None, "成本指标", "单部作品录制成本", "≤400元/部"),
        ("效益指标", "社会效益指标", "视障读者借阅量增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("xf08-stacked-defects", (2,), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and a rate is given as a count")  # fmt: skip
def stacked_defects() -> Book:
    b, s = project("古诗词诵读打卡活动", one_year(12, 10, 2),
                   ["开展线上古诗词诵读打卡，参与读者10000人次。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "打卡诵读篇目", "≥200篇"),
        (None, None, "参与打卡读者人次", "≥10000人次"),
        (None, "质量指标", "诵读音频审核合格率", "≥98%"),
        (None, "时效指标", "活动按期完成率", "≥95%"),
        (None, "成本指标", "平台运维费用", "≤4万元"),
        ("效益指标", "社会效益指标", "线上诵读作品累计收听量", "≥30万次"),
        ("满意度指标", "服务对象满意度指标", "参与读者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="社区诵读志愿服务队", dept=DEPT, unit=LIB, money=[
        ["资金总额", mk(wan(18), "B101", "error", row=True, note="14 + 3 = 17, not 18")],
        ["其中：财政拨款", wan(14), "其他资金", wan(3)],
    ], goals=["组建社区诵读志愿服务队，培训志愿者120人，服务社区60个。"], title="")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "服务社区个数", "≥60个"),
        (None, "质量指标", "志愿者培训完成率", mk("120人", "T105", "error",
                                               note="a 完成率 given as a head count")),
        (None, "时效指标", "志愿服务按季度开展及时率", "≥95%"),
        (None, "成本指标", "志愿者人均补贴", "≤800元/人"),
        ("效益指标", "社会效益指标", "社区诵读活动参与人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xf09-station-notes", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row "
         "between tiers, 说明 and 填表说明 under the table, signature lines (correct)")  # fmt: skip
def station_notes() -> Book:
    b, s = project("“朗读者驿站”运营", one_year(30, 25, 5),
                   ["运营朗读者驿站8处，全年开放录制不少于2000小时。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    s.table([
        ("产出指标", "数量指标", "运营朗读者驿站", "≥8处", None),
        (None, None, "驿站开放录制时长", "≥2000小时", "全年累计"),
        (None, "质量指标", "录音设备完好率", "≥95%", None),
        (None, "时效指标", "驿站故障响应时间", "≤24小时", None),
        (None, "成本指标", "单处驿站年运营费用", "≤3万元/处", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：数量指标按全年累计计算，不按月分解。", merge=[(1, 5)])
    s.table([
        ("效益指标", "社会效益指标", "驿站录制作品数", "≥3000件", None),
        (None, "可持续影响指标", "驿站志愿管理员队伍", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "驿站使用者满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：项目资金30万元中含社会捐赠5万元，列入其他资金。", merge=[(1, 6)])
    s.row("填表说明：1.指标值应量化；2.满意度指标通过问卷调查取得。", merge=[(1, 6)])
    signature(s, "谭砚青", "鲁嘉禾", "0871-6635 2113", day(2025, 12, 10, 'yyyy"年"m"月"d"日"'))
    return b


@variant("xf10-audio-second-sheet", (7, 9), "project: head on the first sheet with the end "
         "date as a text serial, the table on a second sheet under 预期实现值, a rate as a "
         "count")  # fmt: skip
def audio_second_sheet() -> Book:
    serial = mk("46387", "X104", "warning", note="2026-12-31 stored as a text serial")
    b, _ = project("馆藏诵读音频资源数字化", one_year(62.5, 50, 12.5),
                   ["完成馆藏诵读磁带数字化3000条，建成诵读音频专题库。"], sheet="基本信息",
                   end=serial)  # fmt: skip
    t = b.sheet("绩效指标", WIDE)
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "数字化诵读音频条数", "≥3000条"),
        (None, "质量指标", "音频转换完成率", mk("3000条", "T105", "error",
                                            note="a 完成率 given as a count")),
        (None, None, "元数据著录合格率", "≥98%"),
        (None, "时效指标", "专题库上线时间", "2026年11月30日前"),
        (None, "成本指标", "单条音频数字化成本", "≤150元/条"),
        ("效益指标", "社会效益指标", "专题库年访问量", "≥5万人次"),
        (None, "可持续影响指标", "诵读音频长期保存机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xf11-training-template", (6, 13), "project, NAT-2021, header 预期目标: a value without "
         "a name, a 时效 tier-2 left from the template with nothing in it")  # fmt: skip
def training_template() -> Book:
    b, s = project("图书馆员朗读技能培训", one_year(25, 25, 0),
                   ["培训全省公共图书馆馆员200人，开展朗读服务100场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培训馆员人数", "≥200人"),
        (None, None, "培训班期数", "≥8期"),
        (None, "质量指标", mk("", "F110", "error", note="value ≥90% with no indicator name"),
         "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         "", ""),
        ("成本指标", "经济成本指标", "人均培训费用", "≤800元/人"),
        ("效益指标", "社会效益指标", "馆员开展朗读服务场次", "≥100场"),
        ("满意度指标", "服务对象满意度指标", "参训馆员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xf12-month-marked-labels", (5, 7), "project, OLD-NAT, abbreviated labels with * "
         "and ★, headers 考核指标 and 目标值（年度）, a 评价标准 column, a typed percent "
         "(correct)")  # fmt: skip
def month_marked_labels() -> Book:
    b, s = project("“全民诵读月”系列活动", one_year(28, 28, 0),
                   ["四月全民诵读月期间举办主题活动60场，参与读者3万人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("*产出", "数量", "诵读月主题活动场次", "≥60场", "每少1场扣0.5分"),
        (None, None, "参与读者人次", "≥30000人次", "按完成比例计分"),
        (None, "质量", "活动方案审核通过率", "100%", "未通过不得分"),
        (None, "时效", "活动完成时间", "2026年4月30日前", "逾期不得分"),
        (None, "成本", "单场活动平均费用", "≤0.4万元", "超支不得分"),
        ("*效益", "社会效益", "诵读月活动知晓率", "≥80%", "抽样调查"),
        (None, "可持续影响", "诵读月品牌延续年限", "≥3年", "定性评价"),
        ("★满意度", "服务对象满意度", "参与读者满意度", pct(0.92), "低于90%酌情扣分"),
    ])  # fmt: skip
    return b
