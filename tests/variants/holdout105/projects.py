"""Project returns lk01–lk04: one value column or 中期/年度 columns, units merged across rows,
spacer rows between tier-1 blocks, line breaks inside cells, hidden template columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout105.common import NUM_KM, PCT_UP, blocks, finish, sign, wan
from tests.variants.holdout105.registry import variant
from tests.variants.kit import Book, C, mk, pct

GE = '"≥"0'
GE_PCT = '"≥"0%'
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


@variant(
    "lk01-health-merged-units",
    (1,),
    "project, NAT-2021, unit column merged across rows, "
    "spacer rows, names and a value over two lines",
)
def lk01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 18, 10, 30))
    project_head(
        s,
        year=2027,
        name="临川县基本公共卫生服务项目",
        dept="临川县卫生健康局 417001",
        unit="临川县疾病预防控制中心",
        money=[
            ("资金总额", wan(3900), "其中：财政拨款", wan(3760)),
            ("其他资金", wan(140), None, None),
        ],
        goals=["为辖区常住居民提供基本公共卫生服务，规范管理慢病患者，提升居民健康素养。"],
    )
    h = s.row(*HEAD6)
    blocks(
        s,
        [
            [
                ("产出指标", "数量指标", "居民健康档案\n建档人数", C(412000, GE), "人", ""),
                (None, None, "65岁及以上老年人\n健康管理人数", C(52000, GE), None, ""),
                (
                    None,
                    "质量指标",
                    "电子健康档案\n规范建档率",
                    "≥95%\n（省考核）",
                    "%",
                    "按省考核口径",
                ),
                (None, None, "高血压患者规范管理率", pct(0.7, GE_PCT), None, ""),
                (None, None, "2型糖尿病患者规范管理率", pct(0.7, GE_PCT), None, ""),
                (
                    None,
                    "时效指标",
                    "全年服务数据汇总上报",
                    "2027.12.31前",
                    "",
                    "按季度报送，年底前完成全年汇总",
                ),
            ],
            [
                (
                    "成本指标",
                    "经济成本指标",
                    "人均基本公共卫生\n服务补助标准",
                    C(94, '"≤"0'),
                    "元/人",
                    "",
                )
            ],
            [
                (
                    "效益指标",
                    "社会效益指标",
                    "居民健康素养水平",
                    pct(0.3, GE_PCT),
                    "%",
                    "较上年提高",
                ),
                (None, None, "适龄儿童免疫规划\n疫苗接种率", pct(0.9, GE_PCT), None, ""),
                (None, "可持续影响指标", "基层公共卫生服务网络", "长期稳定运行", "", ""),
            ],
            [
                (
                    "满意度指标",
                    "服务对象满意度指标",
                    "服务对象满意度",
                    pct(0.9, GE_PCT),
                    "%",
                    "第三方抽样调查",
                )
            ],
        ],
        merged=(1, 2, 5),
    )
    sign(s, "方晓岚", "0794-6213580", "2026年11月18日")
    finish(s, h, 6)
    return b


@variant(
    "lk02-greenway-two-periods",
    (8,),
    "two-year project, NAT-2021, two-line header over "
    '中期/年度 columns, numbers typed with unit formats (0.0"公里", 0"人")',
)
def lk02() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 26, 16, 16, 10, 28))
    project_head(
        s,
        year=2027,
        years=2,
        name="青禾市环城绿道建设工程",
        dept="青禾市园林绿化局 233",
        unit="青禾市绿道建设管理中心",
        attr="新增项目",
        money=[
            ("中期资金总额", wan(2400), "年度资金总额", wan(1300)),
            ("其中：财政拨款", wan(2200), "其中：财政拨款", wan(1200)),
            ("其他资金", wan(200), "其他资金", wan(100)),
        ],
        goals=[
            "2027—2028年建成环城绿道36.5公里及配套驿站，形成环城慢行系统。",
            "2027年建成绿道18公里、驿站4处，完成沿线绿化提升。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位", "备注", merge=[(4, 5)])
    h = s.row(None, None, None, "中期（2027—2028年）", "年度（2027年）", None, None)
    for c in (1, 2, 3, 6, 7):
        s.ws.merge_cells(start_row=h - 1, start_column=c, end_row=h, end_column=c)
    blocks(
        s,
        [
            [
                (
                    "产出指标",
                    "数量指标",
                    "新建绿道长度",
                    C(36.5, NUM_KM),
                    C(18.0, NUM_KM),
                    "公里",
                    "",
                ),
                (None, None, "新建绿道驿站", C(8, '0"处"'), C(4, '0"处"'), "处", ""),
                (None, None, "沿线绿化提升面积", C(120000, GE), C(60000, GE), "平方米", ""),
                (None, "质量指标", "工程竣工\n验收合格率", pct(1), pct(1), "%", ""),
                (
                    None,
                    "时效指标",
                    "年度建设任务\n完成时间",
                    "2028年12月底前",
                    "2027年12月底前",
                    "",
                    "",
                ),
            ],
            [
                (
                    "成本指标",
                    "经济成本指标",
                    "绿道建设\n综合单价",
                    "≤62",
                    "≤62",
                    "万元/公里",
                    "含驿站配套",
                )
            ],
            [
                (
                    "效益指标",
                    "社会效益指标",
                    "绿道日均\n使用人次",
                    C(3000, '"≥"0"人次"'),
                    C(1500, '"≥"0"人次"'),
                    "人次",
                    "开放路段计",
                ),
                (
                    None,
                    "生态效益指标",
                    "沿线绿化覆盖率",
                    pct(0.85, GE_PCT),
                    pct(0.8, GE_PCT),
                    "%",
                    "",
                ),
                (None, "可持续影响指标", "绿道管护机制", "建立并执行", "建立并执行", "", ""),
            ],
            [
                (
                    "满意度指标",
                    "服务对象满意度指标",
                    "周边居民满意度",
                    pct(0.9, GE_PCT),
                    pct(0.9, GE_PCT),
                    "%",
                    "",
                )
            ],
        ],
        merged=(1, 2),
    )
    sign(s, "韦立新", "0553-7729016", "2026年11月20日")
    finish(s, h, 7)
    return b


@variant(
    "lk03-training-hidden-column",
    (1,),
    "project, OLD-NAT, a hidden template column "
    "between 三级指标 and 指标值, values with unit number formats, 备注 with long notes",
)
def lk03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 12, 16, 34))
    project_head(
        s,
        year=2027,
        name="澄江区农村实用人才培训项目",
        dept="澄江区农业农村局 108",
        unit="澄江区农业技术推广站",
        money=[
            ("资金总额", wan(186), "其中：财政拨款", wan(186)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["培训高素质农民和农村实用人才，提升种养技术水平和经营能力。"],
    )
    h = s.row("一级指标", "二级指标", "三级指标", "原指标编码", "指标值", "备注")
    blocks(
        s,
        [
            [
                (
                    "产出指标",
                    "数量指标",
                    "培训高素质农民",
                    None,
                    C(1200, '"≥"0"人"'),
                    "分种植、养殖、农产品电商三个班次，每班次不少于5天，学员须为本区户籍从业农民",
                ),
                (None, None, "开展田间实训\n场次", None, C(24, '"≥"0"场"'), ""),
                (
                    None,
                    "质量指标",
                    "培训合格率",
                    None,
                    pct(0.9, GE_PCT),
                    "以结业考核成绩60分及以上为合格",
                ),
                (None, "时效指标", "培训任务完成时间", None, "2027年11月底前", ""),
                (
                    None,
                    "成本指标",
                    "人均培训成本",
                    None,
                    C(1500, '"≤"0"元/人"'),
                    "含教材、场地、师资和食宿，按区农业农村局2026年培训定额测算",
                ),
            ],
            [
                (
                    "效益指标",
                    "经济效益指标",
                    "学员户均增收",
                    None,
                    C(2000, '"≥"0"元"'),
                    "结业后一年跟踪",
                ),
                (None, "社会效益指标", "新技术推广应用\n户数", None, C(600, '"≥"0"户"'), ""),
                (None, "可持续影响指标", "学员跟踪服务机制", None, "健全", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "参训学员满意度", None, C(0.92, PCT_UP), "")],
        ],
        merged=(1, 2),
    )
    sign(s, "黎秋实", "0736-5520184", "2026年11月15日")
    finish(s, h, 6, hide_cols=(4,))
    return b


@variant(
    "lk04-water-rate-as-count",
    (1,),
    "project, NAT-2021, 比较符 column, unit column merged "
    "across rows, a hidden example row; a rate given as a count",
)
def lk04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 14, 10, 28))
    project_head(
        s,
        year=2027,
        name="白鹭镇农村饮水安全巩固提升工程",
        dept="白鹭镇人民政府 511",
        unit="白鹭镇水利站",
        money=[
            ("资金总额", wan(420), "其中：财政拨款", wan(380)),
            ("其他资金", wan(40), None, None),
        ],
        goals=["改造供水管网，新建净水设施，保障全镇农村群众饮水安全。"],
    )
    h = s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    hidden = s.row(None, None, "（示例）供水管网长度", "≥", None, "公里", "填报时删除本行")
    blocks(
        s,
        [
            [
                ("产出指标", "数量指标", "改造供水管网", "≥", 28.5, "公里", ""),
                (None, None, "新建净水设施", "≥", 3, "座", ""),
                (None, None, "受益农村人口", "≥", 12600, "人", ""),
                (
                    None,
                    "质量指标",
                    "水质检测\n达标率",
                    "≥",
                    mk(95, "T105", "error", note="达标率 given as 95 with 计量单位 次"),
                    "次",
                    "每季度抽检",
                ),
                (None, "时效指标", "工程完工时间", "≤", "2027年10月底", "", ""),
            ],
            [("成本指标", "经济成本指标", "管网改造单价", "≤", 11.5, "万元/公里", "")],
            [
                ("效益指标", "社会效益指标", "农村自来水\n普及率", "≥", pct(0.98), "%", ""),
                (None, "可持续影响指标", "工程运行管护", "", "长效管护", "", ""),
            ],
            [("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%", "")],
        ],
        merged=(1, 2),
    )
    sign(s, "宋景和", "0716-8830261", "2026年11月12日")
    finish(s, h, 7, hide_rows=(hidden,))
    return b
