"""Returns of the 街道办事处 and 社区: street clean-up, home care for the elderly, two projects
on two sheets, community sports and culture, work-safety inspections."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout78.common import note, project_money, signatures
from tests.variants.holdout78.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "kj01-tonglin-alleys",
    (1, 4),
    "project, NAT-2021, 填报说明 line on top, merged tiers, 比较符 and 计量单位 columns, "
    "percent cells, a name typed with spaces, signatures and 联系电话 below",
)
def kj01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 14))
    s.title("2027年度项目支出绩效目标申报表", 6)
    note(s, "填报说明：1.金额单位为万元；2.比较符、指标值、计量单位分列填写；3.本表一式两份。")
    project_head(
        s,
        year=2027,
        name="桐林街道背街小巷环境整治",
        dept="蓝桥区桐林街道办事处（318006）",
        unit="蓝桥区桐林街道办事处",
        title="",
        money=project_money(126.0, 126.0, 0.0),
        goals=[
            "完成辖区背街小巷路面修补、立面清洗和杂物清理，建立长效保洁机制，居民出行环境明显改善。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "整治背街小巷数量", "≥", 18, "条"),
            (None, None, "路面修补面积", "≥", 6500, "平方米"),
            (None, None, "立 面 清 洗 面 积", "≥", 12000, "平方米"),
            (None, None, "更换分类垃圾桶数量", "≥", 60, "个"),
            (None, "质量指标", "整治工程验收合格率", "=", pct(1), "%"),
            (None, None, "路面平整度达标率", "≥", pct(0.95), "%"),
            (None, "时效指标", "整治任务按期完成率", "≥", pct(0.95), "%"),
            ("成本指标", "经济成本指标", "路面修补单价", "≤", 120, "元/平方米"),
            (None, None, "立面清洗单价", "≤", 30, "元/平方米"),
            ("效益指标", "社会效益指标", "背街小巷乱堆乱放发生率", "≤", pct(0.05), "%"),
            (None, None, "居民出行环境", None, "明显改善", None),
            (None, "可持续影响指标", "长效保洁机制", None, "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signatures(s, "周明远", "许晴", "0579-86213345", (2026, 11, 16))
    return b


@variant(
    "kj02-xinghua-eldercare",
    (1, 11),
    "project, OLD-NAT, tiers filled down, values typed with operator and unit inside and "
    "spaces (≥ 95 %): 满意度 without %, a 反向 rate with ≥",
)
def kj02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 18, 18, 18))
    project_head(
        s,
        year=2027,
        name="杏花社区居家养老上门服务",
        dept="蓝桥区民政局（318011）",
        unit="蓝桥区桐林街道杏花社区居民委员会",
        money=project_money(48.6, 43.6, 5.0),
        goals=[
            "为辖区高龄、独居和失能老人提供助餐、助洁、助浴和巡访服务，"
            "老人居家生活安全和质量得到保障。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    t1, t2 = "产出指标", "数量指标"
    s.table(
        [
            (t1, t2, "助餐服务人次", "≥ 9000 人次"),
            (t1, t2, "上门助洁服务户数", ">= 160 户"),
            (t1, t2, "独居老人巡访次数", "≥ 4 次/月"),
            (t1, "质量指标", "服务规范达标率", "≥ 95 %"),
            (t1, "质量指标", "助餐食品安全抽检合格率", "= 100 %"),
            (t1, "时效指标", "服务需求响应时间", "≤ 24 小时"),
            (t1, "成本指标", "助餐补贴标准", "≤ 8 元/人次"),
            ("效益指标", "社会效益指标", "老人居家生活质量", "有效提升"),
            (
                "效益指标",
                "社会效益指标",
                mk(
                    "老人居家意外跌倒发生率",
                    "T108",
                    "warning",
                    row=True,
                    note="a 反向 rate (发生率) with ≥",
                ),
                "≥ 3 %",
            ),
            ("效益指标", "可持续影响指标", "居家养老服务网络", "健全"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "服务老人满意度",
                mk(
                    "≥ 90",
                    "T105",
                    "error",
                    alt=("T104",),
                    note="a satisfaction rate typed without %",
                ),
            ),
        ]
    )
    s.skip()
    s.row("经办人：陈丽萍", None, "社区书记：韩志刚", None, "联系电话：13905796182")
    return b


def _elevator(b: Book) -> None:
    s = b.sheet("加装电梯", (14, 16, 30, 10, 14, 14))
    project_head(
        s,
        year=2027,
        name="望江街道既有住宅加装电梯补助",
        dept="蓝桥区望江街道办事处（318007）",
        unit="蓝桥区望江街道办事处",
        attr="新增项目",
        money=project_money(96.0, 96.0, 0.0),
        goals=[
            "对符合条件的既有住宅加装电梯给予补助，改善老旧小区居民特别是老年人上下楼出行条件。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "补助加装电梯台数", "≥", 12, "台"),
            (None, "质量指标", "电梯安装验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "补助资金拨付时间", "≤", 30, "个工作日"),
            ("成本指标", "经济成本指标", "单台电梯补助标准", "≤", 8, "万元/台"),
            ("效益指标", "社会效益指标", "受益居民户数", "≥", 200, "户"),
            (None, None, "老年居民出行便利程度", None, "明显提升", None),
            (None, "可持续影响指标", "电梯维保机制", None, "健全", None),
            ("满意度指标", "服务对象满意度指标", "加装电梯楼栋居民满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )


def _micro(b: Book) -> None:
    s = b.sheet("社区微更新", (14, 16, 30, 10, 14, 14))
    project_head(
        s,
        year=2027,
        name="望江街道社区公共空间微更新",
        dept="蓝桥区望江街道办事处（318007）",
        unit="蓝桥区望江街道办事处",
        money=project_money(64.0, 60.0, 4.0),
        goals=["改造社区口袋公园、休憩座椅和健身角，提升社区公共空间品质。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "改造口袋公园数量", "≥", 4, "个"),
            (None, None, "新增休憩座椅数量", "≥", 80, "张"),
            (None, None, "新建健身角数量", "≥", 6, "处"),
            (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "改造工程完工时间", None, "2027年10月31日前", None),
            ("成本指标", "经济成本指标", "口袋公园改造平均成本", "≤", 12, "万元/个"),
            ("效益指标", "社会效益指标", "居民日常休闲活动空间", None, "有效改善", None),
            (None, "可持续影响指标", "设施日常管护制度", None, "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.88), "%"),
        ],
        merged=(1, 2),
    )
    signatures(s, "吴建华", "罗静", "0579-86217720", (2026, 11, 18))


@variant(
    "kj05-wangjiang-two-sheets",
    (2, 7),
    "two projects of one 街道 on two sheets, each with its own head, NAT-2021, merged tiers, "
    "比较符 and unit columns, signatures under the second",
)
def kj05() -> Book:
    b = Book()
    _elevator(b)
    _micro(b)
    return b


@variant(
    "kj16-liuan-sports",
    (2, 11),
    "project, OLD-NAT, merged tiers, values inline: no 效益指标 at all, and one count "
    "repeated further down with another target, its name typed with spaces",
)
def kj16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 18, 18, 18))
    project_head(
        s,
        year=2027,
        name="柳岸社区全民健身和文化活动",
        dept="蓝桥区文化和旅游局（318015）",
        unit="蓝桥区望江街道柳岸社区居民委员会",
        money=project_money(18.5, 18.5, 0.0),
        goals=["全年组织社区文体活动和健身指导，丰富居民精神文化生活。"],
    )
    b.file_mark("F106", "error", note="no 效益指标 tier at all")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "文体活动举办场次", "≥24场"),
            (None, None, "社会体育指导员培训人次", "≥60人次"),
            (None, None, "参与活动居民人次", "≥3000人次"),
            (
                None,
                None,
                "文 体 活 动 举 办 场 次",
                mk(
                    "≥12场",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the same count as row 1 of the table with another target",
                ),
            ),
            (None, "质量指标", "活动组织规范达标率", "≥95%"),
            (None, None, "健身器材完好率", "≥95%"),
            (None, "时效指标", "活动按计划开展率", "≥95%"),
            (None, "成本指标", "每场活动平均成本", "≤4000元/场"),
            ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("填表人：方小燕", None, "联系电话：0579-86230016")
    return b


@variant(
    "kj17-tonglin-safety",
    (4,),
    "project, NAT-2021, tiers filled down, 比较符 in words (大于等于/小于等于), unit column, "
    "a blank row between the 产出 and 成本 blocks, signatures below",
)
def kj17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 12, 14, 12))
    project_head(
        s,
        year=2027,
        name="桐林街道安全生产网格化巡查",
        dept="蓝桥区桐林街道办事处（318006）",
        unit="蓝桥区桐林街道办事处",
        money=project_money(42.0, 42.0, 0.0),
        goals=[
            "对辖区小微企业、九小场所开展网格化安全巡查，及时发现并督促整改隐患，"
            "防范较大以上生产安全事故。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    p = "产出指标"
    s.table(
        [
            (p, "数量指标", "巡查小微企业和九小场所家次", "大于等于", 2400, "家次"),
            (p, "数量指标", "安全培训网格员人次", "大于等于", 150, "人次"),
            (p, "质量指标", "隐患整改闭环率", "大于等于", pct(0.95), "%"),
            (p, "质量指标", "巡查记录规范率", "大于等于", pct(0.95), "%"),
            (p, "时效指标", "一般隐患整改期限", "小于等于", 15, "天"),
        ]
    )
    s.skip()
    s.table(
        [
            ("成本指标", "经济成本指标", "单次巡查平均成本", "小于等于", 150, "元/家次"),
            ("效益指标", "社会效益指标", "较大以上生产安全事故发生起数", "等于", 0, "起"),
            ("效益指标", "社会效益指标", "企业安全主体责任意识", None, "明显提升", None),
            ("效益指标", "可持续影响指标", "网格化巡查工作机制", None, "健全", None),
            ("满意度指标", "服务对象满意度指标", "辖区企业满意度", "大于等于", pct(0.85), "%"),
        ]
    )
    signatures(s, "周明远", "郑凯", "0579-86213350", (2026, 11, 20))
    return b
